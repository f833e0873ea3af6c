import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import { balancesFor } from "../ledger/balances";
import type { Counters, CourseFact, PartnerFacts } from "./digest-content";
import { addDays } from "~/lib/dates";
import { type DigestPeriod } from "./period";
import type { ProgramFactsCache } from "./program-facts";

/** A partner's enrollment as the digest needs it (one digest per program they are approved in). */
export type PartnerRecipient = {
  enrollmentId: string;
  programId: string;
  tierKey: string | null;
  email: string;
  locale: string;
  programName: string;
  programSlug: string;
  currency: string;
};

const uuids = (ids: readonly string[]) => `{${ids.join(",")}}`;
const zero = (): Counters => ({ clicks: 0, conversions: 0, revenue: 0n, commission: 0n });

type StatsRow = {
  enrollment_id: string;
  clicks: number;
  conversions: number;
  revenue: string;
  commission: string;
  p_clicks: number;
  p_conversions: number;
  p_revenue: string;
  p_commission: string;
};

/**
 * The facts of a whole batch of enrollments, one statement per kind of fact (never one per
 * partner): rollups for both periods, balances, approvals in the period, courses in progress;
 * program-wide facts (contests, creatives, webinars) come from a cache shared by the batches.
 */
export async function partnerFacts(
  db: Executor,
  batch: readonly PartnerRecipient[],
  period: DigestPeriod,
  programs: ProgramFactsCache,
): Promise<Map<string, PartnerFacts>> {
  const ids = uuids(batch.map((r) => r.enrollmentId));
  const start = `${period.from}T00:00:00Z`;
  const end = `${addDays(period.to, 1)}T00:00:00Z`;
  const [stats, balances, approved, courses] = await Promise.all([
    executePrepared<StatsRow>(
      db,
      sql`
      select enrollment_id,
        ${sums(sql`day >= ${period.from}::date`, "")}, ${sums(sql`day < ${period.from}::date`, "p_")}
      from stats_daily
      where enrollment_id = any(${ids}::uuid[])
        and day between ${period.previousFrom}::date and ${period.to}::date
      group by enrollment_id`,
    ),
    balancesFor(
      db,
      batch.map((r) => ({ id: r.enrollmentId, currency: r.currency })),
    ),
    executePrepared<{ enrollment_id: string; amount: string }>(
      db,
      sql`
      select le.enrollment_id, sum(le.amount)::text as amount
      from ledger_entries le
        join ledger_events ev on ev.entry_id = le.id
        join enrollments e on e.id = le.enrollment_id
        join programs p on p.id = e.program_id and p.currency = le.currency
      where le.enrollment_id = any(${ids}::uuid[]) and ev.to_status = 'approved'
        and ev.at >= ${start}::timestamptz and ev.at < ${end}::timestamptz
      group by le.enrollment_id`,
    ),
    executePrepared<{
      enrollment_id: string;
      id: string;
      title: string;
      done: number;
      total: number;
    }>(
      db,
      sql`
      select cp.enrollment_id, c.id, c.title,
        (select count(*) from lesson_completions lc join lessons l on l.id = lc.lesson_id
          where l.course_id = c.id and lc.enrollment_id = cp.enrollment_id)::int as done,
        (select count(*) from lessons l where l.course_id = c.id)::int as total
      from course_progress cp join courses c on c.id = cp.course_id
      where cp.enrollment_id = any(${ids}::uuid[]) and cp.completed_at is null
        and c.status = 'published'
      order by cp.started_at`,
    ),
  ]);
  const statsBy = new Map(stats.map((s) => [s.enrollment_id, s]));
  const approvedBy = new Map(approved.map((a) => [a.enrollment_id, BigInt(a.amount)]));
  const coursesBy = new Map<string, CourseFact[]>();
  for (const c of courses) {
    const list = coursesBy.get(c.enrollment_id) ?? [];
    list.push({ id: c.id, title: c.title, done: c.done, total: c.total });
    coursesBy.set(c.enrollment_id, list);
  }

  const result = new Map<string, PartnerFacts>();
  for (const r of batch) {
    const program = await programs.get(r.programId);
    const s = statsBy.get(r.enrollmentId);
    const balance = balances.get(r.enrollmentId);
    const invited = (tiers: readonly string[]) =>
      tiers.length === 0 || (r.tierKey !== null && tiers.includes(r.tierKey));
    result.set(r.enrollmentId, {
      current: s ? counters(s, "") : zero(),
      previous: s ? counters(s, "p_") : zero(),
      pending: balance?.pending ?? 0n,
      available: balance?.available ?? 0n,
      approvedInPeriod: approvedBy.get(r.enrollmentId) ?? 0n,
      contests: program.contests.flatMap((c) =>
        invited(c.eligibleTierKeys) ? [c.factFor(r.enrollmentId)] : [],
      ),
      newCreatives: program.newCreatives,
      webinars: program.webinars.filter((w) => invited(w.audienceTierKeys)),
      courses: coursesBy.get(r.enrollmentId) ?? [],
    });
  }
  return result;
}

function sums(filter: SQL, prefix: string) {
  const f = (expr: string, type: string, name: string) =>
    sql`coalesce(sum(${sql.raw(expr)}) filter (where ${filter}), 0)::${sql.raw(type)} as ${sql.raw(prefix + name)}`;
  return sql.join(
    [
      f("clicks", "int", "clicks"),
      f("sales + leads + installs + actions", "int", "conversions"),
      f("revenue", "text", "revenue"),
      f("commission", "text", "commission"),
    ],
    sql`, `,
  );
}

function counters(s: StatsRow, prefix: "" | "p_"): Counters {
  const row = s as unknown as Record<string, string | number>;
  return {
    clicks: Number(row[`${prefix}clicks`]),
    conversions: Number(row[`${prefix}conversions`]),
    revenue: BigInt(row[`${prefix}revenue`]!),
    commission: BigInt(row[`${prefix}commission`]!),
  };
}
