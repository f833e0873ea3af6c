/**
 * The System page's report on the test database: versions, migrations, pg-boss queue depths
 * and last runs (jobs sent and finished by a real pg-boss), email transport and storage.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { env } from "~/env";
import { createDb } from "~/server/db/client";
import { emailTransportKind } from "~/server/email/transport";
import { BOSS_SCHEMA } from "~/server/jobs/boss";
import { JOB_SCHEMA } from "~/server/services/system/queue-status";
import { systemReport } from "~/server/services/system/system-report";
import packageJson from "../../../package.json" with { type: "json" };
import { db } from "../../support/db";
import { freshDatabase, type FreshDatabase } from "../data/fresh-database";

let boss: PgBoss;

beforeAll(async () => {
  // Sends and finishes jobs only: no maintenance or cron of its own acts on the shared database.
  boss = new PgBoss({
    connectionString: inject("databaseUrl"),
    schema: BOSS_SCHEMA,
    supervise: false,
    schedule: false,
    max: 2,
  });
  boss.on("error", () => {});
  await boss.start();
});

afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
});

describe("systemReport", () => {
  it("reports versions, every migration applied, the email transport and the storage folder", async () => {
    const report = await systemReport(db);
    expect(report.versions).toEqual({
      rally: packageJson.version,
      node: process.version,
      postgres: expect.stringMatching(/^\d+(\.\d+)?/),
    });
    expect(report.migrations.ok).toBe(true);
    if (!report.migrations.ok) return;
    expect(report.migrations.value.pending).toEqual([]);
    expect(report.migrations.value.applied).toBe(report.migrations.value.total);
    expect(report.migrations.value.total).toBeGreaterThan(0);
    expect(report.email.kind).toBe(emailTransportKind());
    expect(report.storage).toMatchObject({
      path: path.resolve(env().STORAGE_DIR),
      writable: true,
      problem: null,
    });
    expect(report.storage.freeBytes).toBeGreaterThan(0);
  });

  it("counts each queue's jobs by state and finds its last completed and failed runs", async () => {
    expect(JOB_SCHEMA).toBe(BOSS_SCHEMA);
    const name = `system-test-${randomUUID().slice(0, 8)}`;
    await boss.createQueue(name, { name, retryLimit: 0 });
    for (let n = 0; n < 4; n++) await boss.send(name, { n });
    const [done, broken, running] = await boss.fetch(name, { batchSize: 3 });
    await boss.complete(name, done!.id);
    await boss.fail(name, broken!.id, { reason: "test" });
    expect(running).toBeDefined();

    const report = await systemReport(db);
    expect(report.queues.ok).toBe(true);
    if (!report.queues.ok) return;
    expect(report.queues.value.installed).toBe(true);
    const queue = report.queues.value.queues.find((row) => row.name === name);
    expect(queue).toMatchObject({ created: 1, retry: 0, active: 1, failed: 1 });
    expect(queue?.lastCompletedAt).toBeInstanceOf(Date);
    expect(queue?.lastFailedAt).toBeInstanceOf(Date);
    expect(Date.now() - queue!.lastCompletedAt!.getTime()).toBeLessThan(60_000);
  });

  it("finds last runs that pg-boss has moved to its archive", async () => {
    const name = `system-archive-${randomUUID().slice(0, 8)}`;
    await boss.createQueue(name, { name });
    await boss.send(name, {});
    const [job] = await boss.fetch(name);
    await boss.complete(name, job!.id);
    const sql = db.$client;
    // What pg-boss's maintenance does after archiveCompletedAfterSeconds, done at once here.
    await sql.begin(async (tx) => {
      await tx`insert into ${tx(BOSS_SCHEMA)}.archive (id, name, state, completed_on, created_on, start_after, keep_until, expire_in, retry_limit, retry_delay, retry_backoff, priority, retry_count, data)
        select id, name, state, completed_on, created_on, start_after, keep_until, expire_in, retry_limit, retry_delay, retry_backoff, priority, retry_count, data
        from ${tx(BOSS_SCHEMA)}.job where name = ${name}`;
      await tx`delete from ${tx(BOSS_SCHEMA)}.job where name = ${name}`;
    });

    const report = await systemReport(db);
    if (!report.queues.ok) throw new Error(report.queues.error);
    const queue = report.queues.value.queues.find((row) => row.name === name);
    expect(queue).toMatchObject({ created: 0, active: 0, failed: 0 });
    expect(queue?.lastCompletedAt).toBeInstanceOf(Date);
  });

  describe("on a database no Rally has migrated and no worker has started on", () => {
    let fresh: FreshDatabase;
    let connection: ReturnType<typeof createDb>;
    beforeAll(async () => {
      fresh = await freshDatabase();
      connection = createDb(fresh.url, { max: 2 });
    });
    afterAll(async () => {
      await connection?.sql.end();
      await fresh?.drop();
    });

    it("lists every migration as pending and the queues as not installed", async () => {
      const report = await systemReport(connection.db);
      if (!report.migrations.ok) throw new Error(report.migrations.error);
      expect(report.migrations.value.applied).toBe(0);
      expect(report.migrations.value.pending).toHaveLength(report.migrations.value.total);
      expect(report.migrations.value.latest).toBeNull();
      expect(report.queues).toMatchObject({ ok: true, value: { installed: false, queues: [] } });
      if (report.queues.ok) expect(report.queues.value.missing).toContain("ledger-approve-due");
    });
  });
});
