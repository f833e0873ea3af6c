/**
 * The ingest server and the webhook worker when what they depend on fails: a database that is
 * down or slow, a receiver that never answers. One test per guard.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { parseIngestConfig } from "~/ingest/config";
import { createIngestPool } from "~/ingest/pool";
import { createIngestServer } from "~/ingest/server";
import { openIngestSpool } from "~/ingest/tracker";
import { createDb } from "~/server/db/client";
import { clicks, statsDaily } from "~/server/db/schema/index";
import { startWorker } from "~/server/jobs/worker";
import { EventBatch, recordEvents } from "~/server/tracking/record-events";
import { newClickId } from "~/server/tracking/click-id";
import { db, testDb } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { programWithKey } from "../conversions/fixtures";
import { makeLink, request, SECRET, startIngest } from "../ingest/fixtures";
import { deliveriesOf, shop, startReceiver } from "../webhooks/fixtures";

const NOWHERE = "postgres://nobody:wrong@localhost:1/none";

/** An ingest server whose database does not exist: every query fails to connect. */
async function ingestWithoutDatabase() {
  const dead = createDb(NOWHERE, { max: 2, connectTimeoutS: 1 });
  const config = {
    ...parseIngestConfig({ DATABASE_URL: NOWHERE, TRACKING_SECRET: SECRET }),
    spoolDir: await mkdtemp(path.join(tmpdir(), "rally-spool-")),
  };
  const ingest = createIngestServer({ ...dead, config, spool: await openIngestSpool(config) });
  await new Promise<void>((resolve) => ingest.server.listen(0, "localhost", resolve));
  const port = (ingest.server.address() as AddressInfo).port;
  return {
    port,
    close: async () => {
      await ingest.close();
      await dead.sql.end({ timeout: 1 });
    },
  };
}

describe("ingest faults", () => {
  it("readiness: /ready answers 503 without the database while /health stays 200", async () => {
    const down = await ingestWithoutDatabase();
    try {
      expect((await request(down.port, "/health")).status).toBe(200);
      const ready = await request(down.port, "/ready");
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body.toString())).toMatchObject({
        database: "unreachable",
        spool: { records: 0, dropped_clicks: 0 },
      });
    } finally {
      await down.close();
    }
    const up = await startIngest();
    try {
      expect((await request(up.port, "/ready")).status).toBe(200);
    } finally {
      await up.close();
    }
  });

  it("conversion API unavailable: 503 with Retry-After, never a 500, when the database is down", async () => {
    const { key } = await programWithKey();
    const down = await ingestWithoutDatabase();
    try {
      const response = await fetch(`http://localhost:${down.port}/api/v1/conversions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ type: "sale", external_id: "o-1", amount: 1000, currency: "EUR" }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        "unavailable",
      );
    } finally {
      await down.close();
    }
  });

  it("statement timeout: the ingest pool ends a statement that runs too long", async () => {
    const config = {
      ...parseIngestConfig({ DATABASE_URL: inject("databaseUrl"), TRACKING_SECRET: SECRET }),
      statementTimeoutMs: 300,
    };
    const pool = createIngestPool(config);
    try {
      const started = Date.now();
      await expect(pool.sql`select pg_sleep(5)`).rejects.toMatchObject({ code: "57014" });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await pool.sql.end();
    }
  });

  it("replay idempotency: a click written twice (late commit, then replay) is stored and counted once", async () => {
    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    const link = await makeLink(program.id, enrollment.id);
    const click = {
      kind: "click" as const,
      id: newClickId(),
      occurredAt: Date.now(),
      programId: program.id,
      linkId: link.id,
      enrollmentId: enrollment.id,
      billable: true,
      isUnique: true,
      ipHash: "h",
      country: null,
      subId: null,
    };
    for (let n = 0; n < 2; n++) {
      const batch = new EventBatch();
      batch.push(click);
      await recordEvents(testDb.sql, batch);
    }
    expect(await db.select().from(clicks).where(eq(clicks.id, click.id))).toHaveLength(1);
    const [daily] = await db
      .select({ clicks: statsDaily.clicks })
      .from(statsDaily)
      .where(and(eq(statsDaily.programId, program.id), eq(statsDaily.enrollmentId, enrollment.id)));
    expect(daily?.clicks).toBe(1);
  });

  it("webhook isolation: a receiver that never answers does not hold up another endpoint's delivery", async () => {
    // Accepts every request and never answers it.
    const silent = http.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "localhost", resolve));
    const silentUrl = `http://localhost:${(silent.address() as AddressInfo).port}/hooks`;
    const fast = await startReceiver();
    const worker = await startWorker({
      url: inject("databaseUrl"),
      schedules: false,
      dispatchWebhooks: true,
      log: () => {},
    });
    try {
      const { endpoint, sale } = await shop();
      await endpoint(silentUrl);
      // More deliveries to the silent endpoint than the worker sends at once.
      for (let n = 0; n < 12; n++) await sale();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const hook = await endpoint(fast.url);
      const started = Date.now();
      await sale();
      let rows = await deliveriesOf(hook.id);
      while (rows[0]?.status !== "succeeded" && Date.now() - started < 8000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        rows = await deliveriesOf(hook.id);
      }
      expect(rows[0]?.status).toBe("succeeded");
      // Promptly: well inside one send timeout (10 s) of the silent receiver.
      expect(Date.now() - started).toBeLessThan(5000);
      expect(fast.requests).toHaveLength(1);
    } finally {
      await worker.stop();
      silent.closeAllConnections();
      silent.close();
      await fast.close();
    }
  }, 60_000);
});
