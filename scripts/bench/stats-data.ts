/**
 * Generates the stats workload: one program with 10,000 partners (two links each) and N click
 * events over 90 UTC days, then the hourly and daily rollups built from those clicks by
 * INSERT … SELECT … GROUP BY, with conversions and money added at the hourly level.
 *
 * The distribution, stated plainly:
 * - partner of a click: rank r = floor(10001^u), u uniform in [0,1): a Zipf-like law with
 *   P(r) ≈ ln(1 + 1/r) / ln(10001). The top partner gets ~7.5% of all clicks, the top 10
 *   ~26%, the top 100 ~50%, the top 1,000 ~75%; ranks are assigned to enrollments at random.
 * - link: the partner's first link 70%, second 30%.
 * - day: volume grows linearly by 30% over the 90 days, weekends at 80% of weekdays; the time
 *   within the day is uniform.
 * - unique 80%, billable 99%, 8 countries uniform, ip hash random (no repeat visitors); 40% of
 *   clicks carry one of 5 sub-ids, whose daily rollup draws ~9% conversions per click.
 * - per hourly row: sales ~2% of clicks, leads ~5%, installs ~1%, actions ~1% (expected values:
 *   floor(x + u)), order value uniform 20.00–150.00, commission 10% of revenue, one sale
 *   refunded in 5% of the hours with sales, impressions ~20× clicks; plus one unattributed row
 *   (no partner, no link) per hour with ~12 sales, which rankings must ignore.
 * - running totals (rankings by sales, conversions, revenue, commission) are rebuilt from the
 *   daily rollup by the same backfill the app has (rebuildRunningTotals): one row per partner
 *   with a conversion and day, from its first through tomorrow, inserted day by day as the
 *   nightly carry-forward lays them out. Old days' rows are then stored contiguously, as in
 *   production once vacuumed; live updates of today's rows are not simulated.
 * - click ids are sequential, like the time prefix of real ones (src/server/tracking/click-id.ts);
 *   the stats queries never read the clicks table anyway.
 */
import type postgres from "postgres";
import type { Db } from "~/server/db/client";
import { describe } from "./stats-facts";
import { buildDaily, buildHourly, buildRunning, buildSubIdDaily } from "./stats-rollups";
import { DAY_MS } from "~/lib/dates";

export type StatsData = {
  programId: string;
  enrollmentIds: string[];
  /** The partners' user ids, aligned with enrollmentIds (by rank, biggest first). */
  partnerUserIds: string[];
  firstDay: string;
  lastDay: string;
  facts: Record<string, number | string>;
};

type Sql = postgres.Sql;

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export async function generateStatsData(
  sql: Sql,
  db: Db,
  options: { clicks: number; partners: number; days: number },
  log: (line: string) => void,
): Promise<StatsData> {
  const facts: Record<string, number | string> = {};
  const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const start = Date.now();
    const result = await run();
    facts[`${name}_s`] = Math.round((Date.now() - start) / 100) / 10;
    log(`  ${name}: ${facts[`${name}_s`]} s`);
    return result;
  };

  const today = Date.parse(`${day(Date.now())}T00:00:00Z`);
  const first = today - options.days * DAY_MS;
  const firstDay = day(first);
  const lastDay = day(today - DAY_MS);

  const programId = await timed("partners", () => createPartners(sql, options.partners));
  await timed("clicks", () => insertClicks(sql, programId, first, options, log));
  await timed("hourly_rollup", () => buildHourly(sql, programId));
  await timed("daily_rollup", () => buildDaily(sql, programId));
  await timed("sub_id_rollup", () => buildSubIdDaily(sql, programId));
  await timed("running_totals", () => buildRunning(db, programId));
  await timed(
    "vacuum_analyze",
    () => sql`vacuum analyze clicks, stats_hourly, stats_daily, stats_running, stats_subid_daily`,
  );

  const partners = await sql<{ id: string; userId: string }[]>`
    select b.enrollment_id as id, e.partner_id as "userId"
    from bench_partners b join enrollments e on e.id = b.enrollment_id order by b.rank`;
  const enrollmentIds = partners.map((row) => row.id);
  const partnerUserIds = partners.map((row) => row.userId);
  Object.assign(facts, await describe(sql, programId));
  await sql`drop table bench_partners`;
  return { programId, enrollmentIds, partnerUserIds, firstDay, lastDay, facts };
}

async function createPartners(sql: Sql, partners: number): Promise<string> {
  const [program] = await sql<{ id: string }[]>`
    insert into programs (slug, name, currency, cookie_window_days, hold_period_days, current_terms_version)
    values ('bench-stats', 'Bench stats', 'EUR', 30, 14, 1) returning id`;
  const programId = program!.id;
  // A helper table for generation only (rank → enrollment, links); dropped afterwards.
  await sql`create table bench_partners (rank int primary key, enrollment_id uuid not null, links uuid[] not null)`;
  await sql.begin(async (tx) => {
    await tx`
      insert into users (email, name)
      select 'bench-partner-' || g || '@bench.rally.test', 'Bench partner ' || g
      from generate_series(1, ${partners}::int) g`;
    await tx`
      insert into enrollments (program_id, partner_id, status, accepted_terms_version, decided_at)
      select ${programId}, id, 'approved', 1, now() from users where email like 'bench-partner-%'`;
    await tx`
      insert into bench_partners (rank, enrollment_id, links)
      select row_number() over (order by random()), id, '{}' from enrollments where program_id = ${programId}`;
    await tx`
      insert into links (program_id, enrollment_id, code, destination)
      select ${programId}, enrollment_id, 'bench-' || rank || '-' || k, 'https://shop.example.com/p/' || rank
      from bench_partners, generate_series(1, 2) k`;
    await tx`
      update bench_partners p set links = array(
        select id from links l where l.enrollment_id = p.enrollment_id order by l.code)`;
  });
  return programId;
}

async function insertClicks(
  sql: Sql,
  programId: string,
  first: number,
  options: { clicks: number; days: number },
  log: (line: string) => void,
): Promise<void> {
  const weights = Array.from({ length: options.days }, (_, d) => {
    const weekday = new Date(first + d * DAY_MS).getUTCDay();
    return (1 + (0.3 * d) / Math.max(1, options.days - 1)) * (weekday % 6 === 0 ? 0.8 : 1);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  let offset = 0;
  for (let d = 0; d < options.days; d++) {
    const count =
      d === options.days - 1
        ? options.clicks - offset
        : Math.round((options.clicks * weights[d]!) / total);
    const start = new Date(first + d * DAY_MS).toISOString();
    // Rows go in in time order, as live clicks arrive (their ids are time-prefixed too). The
    // subqueries' random() calls are volatile, so PostgreSQL evaluates them once per row.
    await sql`
      insert into clicks (id, occurred_at, program_id, link_id, enrollment_id, billable, is_unique, ip_hash, country, sub_id)
      select 'c' || lpad((${offset}::bigint + row_number() over (order by y.t))::text, 10, '0'),
             y.t, ${programId}, y.link_id, y.enrollment_id, y.billable, y.is_unique, y.ip_hash, y.country, y.sub_id
      from (
        select ${start}::timestamptz + random() * interval '1 day' as t,
               p.links[case when random() < 0.7 then 1 else 2 end] as link_id, p.enrollment_id,
               random() < 0.99 as billable, random() < 0.8 as is_unique,
               substr(md5(random()::text), 1, 22) as ip_hash,
               (array['US','DE','PL','GB','FR','RU','ES','IT'])[1 + floor(random() * 8)::int] as country,
               case when random() < 0.4 then (array['newsletter','sidebar','youtube','footer','email'])[1 + floor(random() * 5)::int] end as sub_id
        from (select floor(power(10001, random()))::int as r from generate_series(1, ${count}::int)) x
        join bench_partners p on p.rank = x.r
      ) y
      order by y.t`;
    offset += count;
    if ((d + 1) % 10 === 0) log(`  clicks: ${offset.toLocaleString("en")} rows, ${d + 1} days`);
  }
}
