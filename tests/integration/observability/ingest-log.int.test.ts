/**
 * What the ingest server writes to its log: nothing for redirects that work (they are counted
 * on /metrics instead), and for failures one line with the cause, then at most one line per
 * ten seconds however many requests fail meanwhile.
 */
import type { AddressInfo } from "node:net";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseIngestConfig } from "~/ingest/config";
import { createIngestServer } from "~/ingest/server";
import { openIngestSpool } from "~/ingest/tracker";
import { createDb } from "~/server/db/client";
import { makePartner, makeProgram } from "../../support/factories";
import { db, testDb } from "../../support/db";
import { SECRET, makeLink, request } from "../ingest/fixtures";
import { capturingLogger } from "./support";

async function startLogged(database: Pick<ReturnType<typeof createDb>, "db" | "sql">) {
  const { log, lines } = capturingLogger("ingest");
  const config = {
    ...parseIngestConfig({ DATABASE_URL: "postgres://unused", TRACKING_SECRET: SECRET }),
    batchMaxWaitMs: 2,
    spoolDir: await mkdtemp(path.join(tmpdir(), "rally-spool-")),
  };
  const ingest = createIngestServer({
    ...database,
    config,
    spool: await openIngestSpool(config),
    log,
  });
  await new Promise<void>((resolve) => ingest.server.listen(0, "localhost", resolve));
  return { ...ingest, lines, port: (ingest.server.address() as AddressInfo).port };
}

describe("the ingest server's log", () => {
  it("writes nothing for redirects that work", async () => {
    const ingest = await startLogged({ db, sql: testDb.sql });
    try {
      const { program } = await makeProgram();
      const { enrollment } = await makePartner(program.id);
      const link = await makeLink(program.id, enrollment.id);
      for (let n = 0; n < 5; n++) {
        expect((await request(ingest.port, `/r/${link.code}?sub=n${n}`)).status).toBe(302);
      }
      expect(ingest.lines).toEqual([]);
    } finally {
      await ingest.close();
    }
  });

  it("logs a failing redirect's cause once, and its 503 once, however many fail", async () => {
    const dead = createDb("postgres://nobody:wrong@localhost:1/none", {
      max: 2,
      connectTimeoutS: 1,
    });
    const ingest = await startLogged(dead);
    try {
      for (let n = 0; n < 3; n++) {
        const answer = await request(ingest.port, `/r/nosuchcode${n}?token=do-not-log-me`);
        expect(answer.status).toBe(503);
        expect(answer.body.toString()).not.toMatch(/ECONNREFUSED|at .*\.ts:\d+/);
      }
      const causes = ingest.lines.filter((line) => line.msg === "link lookup failed");
      expect(causes).toHaveLength(1);
      expect(causes[0]).toMatchObject({ level: "error", process: "ingest", skipped: 0 });
      expect(causes[0]!.err).toHaveProperty("message");
      const answers = ingest.lines.filter((line) => line.msg === "answered 503");
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({
        level: "warn",
        path: "/r/nosuchcode0",
        route: "redirect",
      });
      expect(JSON.stringify(ingest.lines)).not.toContain("do-not-log-me");
    } finally {
      await ingest.close();
      await dead.sql.end({ timeout: 1 });
    }
  });
});
