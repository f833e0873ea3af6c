import { randomUUID } from "node:crypto";
import { and, between, eq, sql } from "drizzle-orm";
import { enrollments, statsDaily, users } from "~/server/db/schema/index";
import { performanceWindow } from "~/server/services/partners/performance-window";
import { addDays } from "~/lib/dates";
import { rebuildRunningTotals } from "~/server/tracking/running-rebuild";
import { db } from "../../support/db";

export type CrowdMember = {
  id: string;
  n: number;
  email: string;
  name: string | null;
  status: string;
  tierKey: string | null;
  referralCode: string;
};

/**
 * `count` partners written in bulk SQL, the way thousands arrive in a real program. Partner n
 * (1…count) is deterministic: status cycles approved ×3, applied, rejected, suspended; every
 * 7th is gold and the next silver; every 11th has no name; n=1 applied last (newest). Every
 * 3rd partner has one day of activity inside the last 30 days, with many equal commissions
 * (ties); every 5th also has an old, large day outside them; partner 3000 has a day of net
 * negative commission. Running totals are rebuilt from it, as rankings read them.
 */
export async function seedCrowd(programId: string, count: number) {
  const tag = randomUUID().slice(0, 8);
  await db.execute(sql`
    with people as (
      insert into users (email, name)
      select format('crowd-%s-%s@crowd.test', ${tag}::text, lpad(i::text, 5, '0')),
        case when i % 11 = 0 then null
          else format('%s Crowd %s', (array['Anna', 'Boris', 'Celina', 'Dawid'])[1 + i % 4], i) end
      from generate_series(1, ${count}::int) i
      returning id, email)
    insert into enrollments
      (program_id, partner_id, status, accepted_terms_version, applied_at, decided_at, referral_code, tier_key)
    select ${programId}::uuid, p.id,
      (array['approved', 'approved', 'approved', 'applied', 'rejected', 'suspended'])[1 + p.n % 6]::enrollment_status,
      1, now() - make_interval(mins => p.n * 7),
      case when p.n % 6 <> 3 then now() - make_interval(mins => p.n * 7 - 1) end,
      format('r%s%s', ${tag}::text, lpad(p.n::text, 5, '0')),
      case p.n % 7 when 0 then 'gold' when 1 then 'silver' end
    from (select id, substring(email from '-(\\d+)@')::int as n from people) p`);
  const today = performanceWindow(new Date()).to;
  await db.execute(sql`
    insert into stats_daily
      (program_id, enrollment_id, day, clicks, unique_clicks, sales, leads, revenue, commission)
    select e.program_id, e.id, d.day, d.clicks, d.clicks / 2, d.sales, d.leads, d.sales * 2500, d.commission
    from enrollments e
      join users u on u.id = e.partner_id
      cross join lateral (select substring(u.email from '-(\\d+)@')::int as n) k
      cross join lateral (
        select ${today}::date - k.n % 30 as day, k.n % 97 as clicks, k.n % 5 as sales,
          k.n % 3 as leads, ((k.n % 50) * 100)::bigint as commission
        where k.n % 3 = 0
        union all
        select ${addDays(today, -45)}::date, 1000, 50, 0, 999999::bigint where k.n % 5 = 0
        union all
        select ${today}::date - 1, 0, 0, 0, -100000::bigint where k.n = 3000
      ) d
    where e.program_id = ${programId}`);
  await rebuildRunningTotals(db, programId);
  const members = await db
    .select({
      id: enrollments.id,
      email: users.email,
      name: users.name,
      status: enrollments.status,
      tierKey: enrollments.tierKey,
      referralCode: enrollments.referralCode,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(eq(enrollments.programId, programId));
  return {
    tag,
    members: members.map((m) => ({ ...m, n: Number(/-(\d+)@/.exec(m.email)![1]) })),
  };
}

export type Expected = { clicks: number; conversions: number; commission: bigint };

/** The 30-day figures straight from the daily rollup: what the list must show and sort by. */
export async function expectedWindowStats(programId: string): Promise<Map<string, Expected>> {
  const { from, to } = performanceWindow(new Date());
  const rows = await db
    .select({
      id: statsDaily.enrollmentId,
      clicks: sql<string>`sum(${statsDaily.clicks})::text`,
      conversions: sql<string>`sum(${statsDaily.sales} + ${statsDaily.leads} + ${statsDaily.installs} + ${statsDaily.actions})::text`,
      commission: sql<string>`sum(${statsDaily.commission})::text`,
    })
    .from(statsDaily)
    .where(and(eq(statsDaily.programId, programId), between(statsDaily.day, from, to)))
    .groupBy(statsDaily.enrollmentId);
  return new Map(
    rows.map((row) => [
      row.id!,
      {
        clicks: Number(row.clicks),
        conversions: Number(row.conversions),
        commission: BigInt(row.commission),
      },
    ]),
  );
}

/** Value descending, then enrollment id ascending (uuid order is lower-case text order). */
export function byValueThenId<T extends { id: string }>(value: (item: T) => bigint | number) {
  return (a: T, b: T) => {
    const va = BigInt(value(a));
    const vb = BigInt(value(b));
    if (va !== vb) return va > vb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
