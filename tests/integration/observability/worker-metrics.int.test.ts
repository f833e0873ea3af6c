/**
 * The worker's metrics server (what jobs/main.ts starts on WORKER_METRICS_PORT) over a real
 * worker: /health answers, /metrics shows each pg-boss queue's depth from the database, and a
 * token, when set, keeps strangers out.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queues } from "~/server/jobs/queues";
import { startWorker } from "~/server/jobs/worker";
import { startMetricsServer } from "~/server/observability/metrics-server";
import { TOKEN, capturingLogger, get, valueOf } from "./support";

let worker: Awaited<ReturnType<typeof startWorker>>;
const servers: Server[] = [];
beforeAll(async () => {
  worker = await startWorker({ url: inject("databaseUrl"), schedules: false, log: () => {} });
});
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await worker?.stop();
});

async function serve(token: string | undefined) {
  const server = await startMetricsServer({
    port: 0,
    host: "127.0.0.1",
    token,
    log: capturingLogger("worker").log,
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the worker's metrics server", () => {
  it("answers /health, and /metrics with every queue's depth read from pg-boss", async () => {
    const base = await serve(undefined);
    expect(await get(`${base}/health`)).toMatchObject({ status: 200, text: "ok" });
    expect((await get(`${base}/nothing`)).status).toBe(404);

    // A job due in an hour waits in its queue; no test's worker runs it meanwhile.
    const queue = queues.pruneRateLimits;
    const series = `pgboss_queue_depth{queue="${queue}"}`;
    const before = valueOf((await get(`${base}/metrics`)).text, series);
    expect(before).toBeGreaterThanOrEqual(0);
    const id = await worker.boss.send(queue, {}, { startAfter: 3600 });
    try {
      const scrape = await get(`${base}/metrics`);
      expect(scrape.status).toBe(200);
      // "stately" queues hold one waiting job: another test's may already be there.
      expect(valueOf(scrape.text, series)).toBe(id ? before! + 1 : before);
      expect(valueOf(scrape.text, `pgboss_jobs_active{queue="${queue}"}`)).toBe(0);
      for (const name of Object.values(queues)) {
        expect(scrape.text).toContain(`pgboss_queue_depth{queue="${name}"}`);
      }
    } finally {
      if (id) await worker.boss.deleteJob(queue, id);
    }
  });

  it("with a token, refuses a stranger and answers the token's bearer", async () => {
    const base = await serve(TOKEN);
    expect((await get(`${base}/metrics`)).status).toBe(401);
    expect(
      (await get(`${base}/metrics`, { authorization: "Bearer guess-guess-guess" })).status,
    ).toBe(401);
    const scrape = await get(`${base}/metrics`, { authorization: `Bearer ${TOKEN}` });
    expect(scrape.status).toBe(200);
    expect(scrape.text).toContain("# TYPE pgboss_queue_depth gauge");
  });
});
