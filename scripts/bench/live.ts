/**
 * Part "live": how long a conversion takes to reach an open dashboard. A hub listens as a web
 * process's does (its own LISTEN connection, every partner of the program subscribed), while
 * the ingest server takes redirects at full speed in the background (so click notices flow
 * too) and a few probes post conversions through the API. The delay of a probe is from
 * sending its request to the hub handing its event to the subscriber: an upper bound of the
 * commit-to-delivery delay, since the commit happens in between.
 */
import { setMaxListeners } from "node:events";
import type postgres from "postgres";
import type { Db } from "~/server/db/client";
import { LiveHub } from "~/server/live/hub";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { newClickId } from "~/server/tracking/click-id";
import { startChild } from "./children";
import { createBenchProgram } from "./fixtures";
import { runLoad } from "./load";
import { loadProgram } from "./load-program";
import { percentile } from "./percentiles";

type Options = {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  profileDir: string | null;
};

const PARTNERS = 100;
const PROBES = 2;
/** Between a probe's answer and its next request: a steady trickle, not a second load. */
const PROBE_PAUSE_MS = 20;
/** After the run, how long an undelivered probe may still arrive before it counts as lost. */
const GRACE_MS = 3_000;

export async function benchLive(
  db: Db,
  sql: postgres.Sql,
  databaseUrl: string,
  ingestEnv: () => Promise<Record<string, string>>,
  options: Options,
  log: (line: string) => void,
) {
  const fixture = await createBenchProgram(sql, { slug: "bench-live", partners: PARTNERS });
  await sql`
    insert into commission_rules (program_id, name, event, basis, rate_bps)
    values (${fixture.programId}, 'Bench 10% of sales', 'sale', 'percent', 1000)`;
  const clickIds = await insertClicks(sql, fixture.programId, fixture.links);
  const program = await loadProgram(db, fixture.programId);
  const { key } = await createApiKey({ db, userId: null, program }, { name: "bench live" });

  const hub = new LiveHub({ url: databaseUrl, applicationName: "rally-live-bench" });
  const stop = new AbortController();
  // One signal ends every subscription here (a web process has one per open dashboard).
  setMaxListeners(PARTNERS + 10, stop.signal);
  const delivered = new Map<string, number>();
  let clickEvents = 0;
  const readers = fixture.enrollmentIds.map(async (enrollmentId) => {
    for await (const event of hub.subscribe(enrollmentId, stop.signal)) {
      if (event.kind === "conversion") delivered.set(event.conversionId, performance.now());
      else clickEvents++;
    }
  });
  await hub.ready();

  const background = Math.max(1, Math.floor(options.connections / 4));
  log(
    `  ${PROBES} probes posting conversions, ${background} connections of redirects behind, ${options.seconds} s`,
  );
  const ingest = await startChild("ingest-child.ts", await ingestEnv(), options.profileDir);
  const probes: { id: string; sent: number; answered: number }[] = [];
  const failures: Record<string, number> = {};
  let load: Awaited<ReturnType<typeof runLoad>>;
  try {
    const paths = fixture.links.map((link) => `/r/${link.code}`);
    const deadline = performance.now() + options.seconds * 1000;
    const probe = async (worker: number) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const body = JSON.stringify({
          type: "sale",
          external_id: `live-${worker}-${n}`,
          amount: 1_000 + n,
          currency: "EUR",
          click_id: clickIds[(worker * 7919 + n) % clickIds.length],
        });
        const sent = performance.now();
        const response = await fetch(`http://localhost:${ingest.port}/api/v1/conversions`, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body,
        }).catch((error: Error) => ({ status: 0, json: async () => error.message }));
        const answered = performance.now();
        const reply = (await response.json()) as { id?: string };
        if (response.status === 201 && reply.id) probes.push({ id: reply.id, sent, answered });
        else failures[response.status] = (failures[response.status] ?? 0) + 1;
        await new Promise((resolve) => setTimeout(resolve, PROBE_PAUSE_MS));
      }
    };
    await runLoad({ port: ingest.port, paths, connections: background, seconds: 1 });
    [load] = await Promise.all([
      runLoad({ port: ingest.port, paths, connections: background, seconds: options.seconds }),
      ...Array.from({ length: PROBES }, (_, worker) => probe(worker)),
    ]);
    const graceEnd = performance.now() + GRACE_MS;
    while (probes.some((p) => !delivered.has(p.id)) && performance.now() < graceEnd) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await ingest.stop();
    stop.abort();
    await Promise.all(readers);
    await hub.close();
  }

  const arrived = probes.filter((p) => delivered.has(p.id));
  const fromSend = arrived.map((p) => delivered.get(p.id)! - p.sent);
  // Delivery often precedes the answer (both follow the commit): clamped at zero.
  const fromAnswer = arrived.map((p) => Math.max(0, delivered.get(p.id)! - p.answered));
  const p95 = percentile(fromSend, 95);
  log(
    `    ${arrived.length}/${probes.length} delivered; send → delivery p50 ${round(percentile(fromSend, 50))} ms, p95 ${round(p95)} ms`,
  );
  if (Object.keys(failures).length > 0)
    log(`    probe failures by status: ${JSON.stringify(failures)}`);

  return {
    figures: { live_delay_ms: probes.length > 0 ? round(p95) : null },
    details: {
      probes: probes.length,
      probe_failures: failures,
      delivered: arrived.length,
      lost: probes.length - arrived.length,
      send_to_delivery_p50_ms: round(percentile(fromSend, 50)),
      send_to_delivery_p95_ms: round(p95),
      send_to_delivery_p99_ms: round(percentile(fromSend, 99)),
      send_to_delivery_max_ms: round(Math.max(...fromSend)),
      answer_to_delivery_p50_ms: round(percentile(fromAnswer, 50)),
      answer_to_delivery_p95_ms: round(percentile(fromAnswer, 95)),
      api_latency_p50_ms: round(
        percentile(
          probes.map((p) => p.answered - p.sent),
          50,
        ),
      ),
      background_redirects_per_s: Math.round(load.rps),
      click_events_delivered: clickEvents,
      hub: hub.stats,
      subscribers: PARTNERS,
    },
  };
}

/** Recent clicks on every link, for the probes' conversions to be attributed. */
async function insertClicks(
  sql: postgres.Sql,
  programId: string,
  links: { id: string; enrollmentId: string }[],
): Promise<string[]> {
  const now = Date.now();
  const rows = links.flatMap((link) =>
    Array.from({ length: 10 }, () => {
      const at = now - 60_000 - Math.floor(Math.random() * 3_600_000);
      return {
        id: newClickId(at),
        occurred_at: new Date(at).toISOString(),
        program_id: programId,
        link_id: link.id,
        enrollment_id: link.enrollmentId,
        billable: true,
        is_unique: true,
        ip_hash: `live${Math.random().toString(36).slice(2, 14)}`,
      };
    }),
  );
  await sql`insert into clicks ${sql(rows)}`;
  return rows.map((row) => row.id);
}

const round = (n: number) => Math.round(n * 10) / 10;
