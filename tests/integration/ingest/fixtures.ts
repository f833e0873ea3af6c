/** Shared by the ingest server's integration tests: a server on a free port, links, requests. */
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseIngestConfig, type IngestConfig } from "~/ingest/config";
import { createIngestServer } from "~/ingest/server";
import { openIngestSpool } from "~/ingest/tracker";
import { links } from "~/server/db/schema/index";
import { db, testDb } from "../../support/db";

export const SECRET = "ingest-test-secret-0123456789";
import { BROWSER } from "../../support/visitors";

export { BROWSER };

export async function startIngest(overrides: Partial<IngestConfig> = {}, sql = testDb.sql) {
  const config: IngestConfig = {
    ...parseIngestConfig({
      DATABASE_URL: "postgres://unused",
      TRACKING_SECRET: SECRET,
    } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv),
    batchMaxWaitMs: 2,
    // Each server spools into its own folder: no test replays another's clicks.
    spoolDir: await mkdtemp(path.join(tmpdir(), "rally-spool-")),
    ...overrides,
  };
  const ingest = createIngestServer({ db, sql, config, spool: await openIngestSpool(config) });
  await new Promise<void>((resolve) => ingest.server.listen(0, "localhost", resolve));
  const port = (ingest.server.address() as AddressInfo).port;
  return { ...ingest, port, config };
}

export async function makeLink(
  programId: string,
  enrollmentId: string,
  options: { destination?: string; disabled?: boolean; subId?: string } = {},
) {
  const [link] = await db
    .insert(links)
    .values({
      programId,
      enrollmentId,
      code: randomUUID().replaceAll("-", "").slice(0, 12),
      destination: options.destination ?? "https://shop.example.com/product?color=red#reviews",
      subId: options.subId,
      disabledAt: options.disabled ? new Date() : null,
    })
    .returning();
  return link!;
}

export type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

export function request(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "localhost",
        port,
        path,
        method: options.method ?? "GET",
        headers: { "user-agent": BROWSER, ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** The click id a redirect carried to the destination. */
export function clickIdOf(answer: Answer): string {
  const location = answer.headers.location;
  if (!location) throw new Error(`no Location in a ${answer.status} answer`);
  const id = new URL(location).searchParams.get("rly_click");
  if (!id) throw new Error(`no rly_click in ${location}`);
  return id;
}
