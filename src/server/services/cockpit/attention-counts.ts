import { and, count, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { contests, conversions, enrollments, payouts, webinars } from "~/server/db/schema";
import { DAY_MS, utcDay } from "~/lib/dates";
import { noAttention, type AttentionCounts, type AttentionKind } from "./attention";
import { AHEAD_DAYS, endingSoon } from "./ending-contests";

/** How far back bounces are counted. */
export const BOUNCE_DAYS = 30;

type Counted = { programId: string; n: number };

/**
 * Everything the attention list counts, for one program (the cockpit) or several (the console
 * home): one grouped count per kind, each on its own index, all sent at once.
 */
export async function attentionCounts(
  db: Executor,
  programIds: readonly string[],
  now: Date = new Date(),
): Promise<Map<string, AttentionCounts>> {
  const result = new Map(programIds.map((id) => [id, noAttention()]));
  if (programIds.length === 0) return result;
  const ids = [...programIds];
  const today = utcDay(now);
  const counted: Record<AttentionKind, Promise<Counted[]>> = {
    // enrollments_program_status_idx
    applications: db
      .select({ programId: enrollments.programId, n: count() })
      .from(enrollments)
      .where(and(inArray(enrollments.programId, ids), eq(enrollments.status, "applied")))
      .groupBy(enrollments.programId),
    // conversions_review_idx (partial: flagged only), the review page's queue
    review: db
      .select({ programId: conversions.programId, n: count() })
      .from(conversions)
      .where(and(inArray(conversions.programId, ids), eq(conversions.reviewStatus, "flagged")))
      .groupBy(conversions.programId),
    // payouts_program_status_idx: requested and neither paid nor cancelled
    payouts: db
      .select({ programId: payouts.programId, n: count() })
      .from(payouts)
      .where(and(inArray(payouts.programId, ids), eq(payouts.status, "requested")))
      .groupBy(payouts.programId),
    // contests_program_idx (program, ends_on): launched, still open, last day within a week
    contests: db
      .select({ programId: contests.programId, n: count() })
      .from(contests)
      .where(and(inArray(contests.programId, ids), endingSoon(today)))
      .groupBy(contests.programId),
    // webinars_program_starts_idx
    webinars: db
      .select({ programId: webinars.programId, n: count() })
      .from(webinars)
      .where(
        and(
          inArray(webinars.programId, ids),
          gte(webinars.startsAt, now),
          lt(webinars.startsAt, new Date(now.getTime() + AHEAD_DAYS * DAY_MS)),
          isNull(webinars.cancelledAt),
        ),
      )
      .groupBy(webinars.programId),
    bounces: bouncedPeople(db, ids, new Date(now.getTime() - BOUNCE_DAYS * DAY_MS)),
  };
  const kinds = Object.keys(counted) as AttentionKind[];
  const rows = await Promise.all(kinds.map((kind) => counted[kind]));
  kinds.forEach((kind, index) => {
    for (const row of rows[index] ?? []) {
      const counts = result.get(row.programId);
      if (counts) counts[kind] = Number(row.n);
    }
  });
  return result;
}

/**
 * Addresses of the programs' partners and (still subscribed) subscribers that bounced hard
 * since `since`: the Resend webhook puts them on the suppression list, and nothing is sent to
 * them again, digests and newsletters included. Read from the suppressions, which only hold
 * failed addresses (small), each matched through the unique indexes on subscribers
 * (program, email) and users (email): the outbox table has no index on bounce times and
 * does not say which program a message was for.
 */
async function bouncedPeople(db: Executor, ids: string[], since: Date): Promise<Counted[]> {
  const programIds = `{${ids.join(",")}}`;
  const rows = await db.execute<{ program_id: string; n: number }>(sql`
    select x.program_id, count(distinct x.email)::int as n from (
      select sub.program_id, s.email
      from email_suppressions s
        join subscribers sub on sub.email = s.email
          and sub.program_id = any(${programIds}::uuid[]) and sub.status <> 'unsubscribed'
      where s.reason = 'hard_bounce' and s.created_at >= ${since.toISOString()}::timestamptz
      union all
      select e.program_id, s.email
      from email_suppressions s
        join users u on u.email = s.email
        join enrollments e on e.partner_id = u.id and e.program_id = any(${programIds}::uuid[])
      where s.reason = 'hard_bounce' and s.created_at >= ${since.toISOString()}::timestamptz
    ) x
    group by x.program_id`);
  return [...rows].map((row) => ({ programId: row.program_id, n: Number(row.n) }));
}
