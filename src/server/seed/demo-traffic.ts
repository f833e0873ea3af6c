/**
 * Writes the planned history of clicks and banner views with a few set-based statements
 * (hundreds of thousands of rows, seconds rather than minutes), then builds their hourly and
 * daily rollups from the rows themselves, with the live path's column meanings
 * (record-events.ts): unique clicks are first visits, paid ones are unique and billable.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { arrayLiteral, clickIdFrom, epochMs, unitAt, unitFrom } from "./demo-sql";
import type { DemoLink } from "./demo-links";
import { BUSY_FROM, BUSY_TO, dayShare, type TrafficCell } from "./demo-traffic-plan";

const CHUNK = 4_000;

// Visitors' countries, cumulative; the rest send no country header.
const COUNTRIES: [string, number][] = [
  ["US", 0.28],
  ["PL", 0.4],
  ["DE", 0.5],
  ["GB", 0.58],
  ["RU", 0.63],
  ["FR", 0.69],
  ["ES", 0.74],
  ["NL", 0.78],
  ["IN", 0.82],
  ["CA", 0.86],
  ["UA", 0.89],
];

function countryOf(unit: SQL) {
  const cases = COUNTRIES.map(
    ([code, upTo]) => sql`when ${unit} < ${sql.raw(String(upTo))} then '${sql.raw(code)}'`,
  );
  return sql`(case ${sql.join(cases, sql` `)} else null end)`;
}

/** Inserts the planned events; none later than `until` (the seed's "now"). */
export async function insertTraffic(
  db: Db,
  programId: string,
  cells: readonly TrafficCell[],
  until: Date,
) {
  for (let i = 0; i < cells.length; i += CHUNK) {
    const chunk = cells.slice(i, i + CHUNK);
    await insertClicks(db, programId, chunk, until);
    await insertImpressions(db, programId, chunk);
  }
}

function cellsTable(cells: readonly TrafficCell[], count: "clicks" | "impressions") {
  return sql`unnest(
    ${arrayLiteral(cells.map((c) => c.linkId))}::uuid[],
    ${arrayLiteral(cells.map((c) => c.enrollmentId))}::uuid[],
    ${arrayLiteral(cells.map((c) => c.day))}::date[],
    ${arrayLiteral(cells.map((c) => c.seed))}::text[],
    ${arrayLiteral(cells.map((c) => c[count]))}::int[],
    ${arrayLiteral(cells.map((c) => c.fromShare))}::float8[],
    ${arrayLiteral(cells.map((c) => c.toShare))}::float8[],
    ${arrayLiteral(cells.map((c) => c.subId))}::text[]
  ) as c(link_id, enrollment_id, day, seed, n, from_share, to_share, sub)`;
}

/**
 * The moment of an event: the inverse of dayShare (piecewise linear) at a point `unit` of the
 * way through the cell's share of the day, so a partial day gets its own part of the curve.
 */
function momentOf(row: "c" | "e", unit: SQL): SQL {
  const busyStart = dayShare(BUSY_FROM);
  const busyEnd = dayShare(BUSY_TO);
  const quiet = sql.raw(String(BUSY_FROM / busyStart));
  const busy = sql.raw(String((BUSY_TO - BUSY_FROM) / (busyEnd - busyStart)));
  const [start, end] = [sql.raw(String(busyStart)), sql.raw(String(busyEnd))];
  const r = sql.raw(row);
  const p = sql`(${r}.from_share + (${r}.to_share - ${r}.from_share) * ${unit})`;
  const seconds = sql`case when ${p} < ${start} then ${p} * ${quiet}
    when ${p} < ${end} then ${sql.raw(String(BUSY_FROM))} + (${p} - ${start}) * ${busy}
    else ${sql.raw(String(BUSY_TO))} + (${p} - ${end}) * ${quiet} end`;
  return sql`(${r}.day::timestamp at time zone 'UTC'
    + make_interval(secs => round((${seconds})::numeric, 3)::float8))`;
}

/*
 * Every second click may be the previous visitor coming back within the hour (not unique,
 * same address); the others are new visitors.
 * Two hashes per click feed everything: `hv` per visitor (address, country, time of day) and
 * `hc` per click (id, sub-id, return delay). The CTEs are materialized so each is computed
 * once rather than once per reference.
 */
async function insertClicks(db: Db, programId: string, cells: readonly TrafficCell[], until: Date) {
  await db.execute(sql`
    with e as materialized (
      select c.*, i, r.repeat, md5(c.seed || i) as hc, md5(c.seed || (i - r.repeat::int)) as hv
      from ${cellsTable(cells, "clicks")}
      cross join lateral generate_series(1, c.n) as i
      cross join lateral (
        select i % 2 = 0 and ${unitFrom(sql`c.seed || (i / 2)`)} < 0.4 as repeat offset 0
      ) as r
    ), t as materialized (
      -- A return visit comes 1 to 41 minutes after the first; nothing lands past the day or now.
      select e.*, least(
        ${momentOf("e", unitAt(sql`e.hv`, 1))}
          + case when e.repeat then make_interval(secs => 60 + round(${unitAt(sql`e.hc`, 22)} * 2400)) else interval '0' end,
        e.day::timestamp at time zone 'UTC' + interval '1 day' - interval '1 millisecond',
        ${until.toISOString()}::timestamptz
      ) as at
      from e
    )
    insert into clicks (id, occurred_at, program_id, link_id, enrollment_id, billable, is_unique, ip_hash, country, sub_id)
    select ${clickIdFrom(sql`m.ms`, sql`t.hc`)}, t.at, ${programId}::uuid, t.link_id,
      t.enrollment_id, true, not t.repeat, t.hv, ${countryOf(unitAt(sql`t.hv`, 15))},
      case when ${unitAt(sql`t.hc`, 1)} < 0.15
        then 'post-' || (1 + floor(${unitAt(sql`t.hc`, 8)} * 40)) else t.sub end
    -- OFFSET 0 keeps the subquery from being inlined into the id's seven references.
    from t cross join lateral (select ${epochMs(sql`t.at`)} as ms offset 0) as m`);
}

async function insertImpressions(db: Db, programId: string, cells: readonly TrafficCell[]) {
  const withViews = cells.filter((cell) => cell.impressions > 0);
  if (withViews.length === 0) return;
  await db.execute(sql`
    insert into impressions (occurred_at, program_id, link_id, enrollment_id, billable, ip_hash, country)
    select ${momentOf("c", unitAt(sql`h.hv`, 1))},
      ${programId}::uuid, c.link_id, c.enrollment_id, true, h.hv, ${countryOf(unitAt(sql`h.hv`, 15))}
    from ${cellsTable(withViews, "impressions")}
    cross join lateral generate_series(1, c.n) as i
    cross join lateral (select md5(c.seed || 'v' || i) as hv) as h`);
}

/**
 * A burst: `count` clicks from one address on one link within a few minutes, the pattern the
 * click-burst fraud signal looks for. Returns the click ids, oldest first.
 */
export async function insertClickBurst(
  db: Db,
  input: { programId: string; link: DemoLink; at: Date; count: number },
): Promise<{ id: string; occurredAt: Date }[]> {
  const { link } = input;
  const at = sql`(${input.at.toISOString()}::timestamptz + make_interval(secs => i * 9))`;
  const rows = await db.execute<{ id: string; occurred_at: string }>(sql`
    insert into clicks (id, occurred_at, program_id, link_id, enrollment_id, billable, is_unique, ip_hash, country, sub_id)
    select ${clickIdFrom(epochMs(at), sql`md5(${`burst:${link.code}:`} || i)`)}, ${at}, ${input.programId}::uuid,
      ${link.id}::uuid, ${link.enrollmentId}::uuid, true, i = 1, md5(${`burst:${link.code}`}), 'US',
      ${link.subId}
    from generate_series(1, ${input.count}::int) as i
    returning id, occurred_at`);
  return [...rows]
    .map((row) => ({ id: row.id, occurredAt: new Date(row.occurred_at) }))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}
