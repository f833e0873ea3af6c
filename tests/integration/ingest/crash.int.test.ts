/**
 * Crash test: the ingest server runs as its own process under load and is killed with SIGKILL
 * (no shutdown code runs). Every click whose 302 reached a visitor must be in the database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Agent, get } from "node:http";
import { inArray } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { clicks } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { freePort } from "../../support/free-port";
import { BROWSER, makeLink } from "./fixtures";

let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

async function startChild(port: number): Promise<ChildProcess> {
  const started = spawn(process.execPath, ["--import", "tsx", "src/ingest/main.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      TRACKING_SECRET: "crash-test-secret-0123456789",
      INGEST_PORT: String(port),
      // Its own spool folder: never the developer's .rally/spool (one process per folder).
      SPOOL_DIR: mkdtempSync(path.join(tmpdir(), "rally-crash-spool-")),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the ingest server did not start")), 30_000);
    started.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
    started.once("exit", (code) => reject(new Error(`the ingest server exited (${code})`)));
  });
  return started;
}

/** One visitor after another on a kept-alive connection until the server goes away. */
async function visitLoop(port: number, codes: string[], received: string[], agent: Agent) {
  for (let n = 0; ; n++) {
    const code = codes[n % codes.length]!;
    const location = await new Promise<string | null>((resolve) => {
      const req = get(
        { host: "localhost", port, path: `/r/${code}`, agent, headers: { "user-agent": BROWSER } },
        (res) => {
          res.resume();
          resolve(res.statusCode === 302 ? (res.headers.location ?? null) : null);
        },
      );
      req.on("error", () => resolve(null));
    });
    if (location === null) return;
    received.push(new URL(location).searchParams.get("rly_click") ?? "missing");
  }
}

describe("ingest server crash", () => {
  it("loses no click whose redirect was answered when killed with SIGKILL under load", async () => {
    const { program } = await makeProgram();
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { enrollment } = await makePartner(program.id);
      codes.push((await makeLink(program.id, enrollment.id)).code);
    }
    const port = await freePort();
    child = await startChild(port);
    const exited = new Promise((resolve) => child?.once("exit", resolve));

    const received: string[] = [];
    const agent = new Agent({ keepAlive: true, maxSockets: 40 });
    const loops = Array.from({ length: 40 }, () => visitLoop(port, codes, received, agent));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill("SIGKILL");
    await exited;
    await Promise.all(loops);
    agent.destroy();

    expect(child.signalCode).toBe("SIGKILL");
    // Enough traffic that batches were in flight when the process died.
    expect(received.length).toBeGreaterThan(200);
    expect(received).not.toContain("missing");
    const found = new Set<string>();
    for (let i = 0; i < received.length; i += 5000) {
      const rows = await db
        .select({ id: clicks.id })
        .from(clicks)
        .where(inArray(clicks.id, received.slice(i, i + 5000)));
      for (const row of rows) found.add(row.id);
    }
    expect(received.filter((id) => !found.has(id))).toEqual([]);
  }, 60_000);
});
