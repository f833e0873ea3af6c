/**
 * Part (c): signed conversions through the ingest server's POST /api/v1/conversions. A sale
 * rule (10%) and two override levels make each attributed sale write one to three ledger
 * entries; 20% of the requests repeat an earlier, acknowledged request (same body, fresh
 * signature) and must answer 200 without writing anything.
 */
import http from "node:http";
import type postgres from "postgres";
import type { Db } from "~/server/db/client";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { loadProgram } from "./load-program";
import { newClickId } from "~/server/tracking/click-id";
import { startChild } from "./children";
import { createBenchProgram } from "./fixtures";
import { run, type RunResult } from "./conversion-load";
import { percentile } from "./percentiles";

type Options = {
  seconds: number;
  warmupSeconds: number;
  concurrency: number;
  profileDir: string | null;
};

export async function benchConversions(
  db: Db,
  sql: postgres.Sql,
  ingestEnv: () => Promise<Record<string, string>>,
  options: Options,
  log: (line: string) => void,
) {
  const fixture = await createBenchProgram(sql, {
    slug: "bench-conversions",
    partners: 200,
    requireSignature: true,
    overrideBps: [1000, 500],
    recruitFanout: 3,
  });
  await sql`
    insert into commission_rules (program_id, name, event, basis, rate_bps)
    values (${fixture.programId}, 'Bench 10% of sales', 'sale', 'percent', 1000)`;
  const clickIds = await insertClicks(sql, fixture);
  const program = await loadProgram(db, fixture.programId);
  const key = await createApiKey({ db, userId: null, program }, { name: "bench" });

  log(
    `  ingest server POST /api/v1/conversions, ${options.concurrency} concurrent, ${options.seconds} s`,
  );
  const ingest = await startChild("ingest-child.ts", await ingestEnv(), options.profileDir);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const client = { port: ingest.port, agent, key: key.key, secret: key.signingSecret, clickIds };
  let measured: RunResult;
  try {
    await run(client, "warm", options.concurrency, options.warmupSeconds);
    measured = await run(client, "run", options.concurrency, options.seconds);
  } finally {
    agent.destroy();
    await ingest.stop();
  }

  const [counts] = await sql<{ conversions: number; entries: number; unpaid: number }[]>`
    select
      (select count(*)::int from conversions where program_id = ${fixture.programId}
        and external_id like 'run-%') as conversions,
      (select count(*)::int from ledger_entries where program_id = ${fixture.programId}) as entries,
      (select count(*)::int from conversions c where c.program_id = ${fixture.programId}
        and c.enrollment_id is not null and not exists (
          select 1 from ledger_entries l where l.conversion_id = c.id and l.level = 0)) as unpaid`;
  // Beyond one entry per conversion, beneficiary and level: what a race could double-pay.
  const [duplicates] = await sql<{ n: number }[]>`
    select coalesce(sum(n - 1), 0)::int as n from (
      select count(*) as n from ledger_entries
      where program_id = ${fixture.programId} and kind in ('commission', 'override')
      group by conversion_id, enrollment_id, level having count(*) > 1) d`;
  const perSecond = counts!.conversions / measured.seconds;
  log(`    ${Math.round(perSecond).toLocaleString("en")} new conversions/s`);

  return {
    figures: {
      conversions_per_s: Math.round(perSecond),
      duplicate_commissions: duplicates!.n,
    },
    details: {
      seconds: round(measured.seconds),
      requests: measured.requests,
      created_201: measured.created,
      replayed_200: measured.replayed,
      other_statuses: measured.other,
      conversions_in_db: counts!.conversions,
      ledger_entries_total: counts!.entries,
      attributed_conversions_without_commission: counts!.unpaid,
      latency_p50_ms: round(percentile(measured.latencies, 50)),
      latency_p99_ms: round(percentile(measured.latencies, 99)),
    },
  };
}

/** 50 recent clicks per partner, so conversions can be attributed to them. */
async function insertClicks(
  sql: postgres.Sql,
  fixture: Awaited<ReturnType<typeof createBenchProgram>>,
) {
  const now = Date.now();
  const rows = fixture.links.flatMap((link) =>
    Array.from({ length: 50 }, () => {
      const at = now - 60_000 - Math.floor(Math.random() * 86_400_000);
      return {
        id: newClickId(at),
        occurred_at: new Date(at).toISOString(),
        program_id: fixture.programId,
        link_id: link.id,
        enrollment_id: link.enrollmentId,
        billable: true,
        is_unique: true,
        ip_hash: `bench${Math.random().toString(36).slice(2, 14)}`,
      };
    }),
  );
  // postgres.js binds at most 65,534 parameters per statement.
  for (let i = 0; i < rows.length; i += 5_000) {
    await sql`insert into clicks ${sql(rows.slice(i, i + 5_000))}`;
  }
  return rows.map((row) => row.id);
}

const round = (n: number) => Math.round(n * 100) / 100;
