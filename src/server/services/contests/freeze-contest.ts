import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "~/server/db/client";
import { badges, contests } from "~/server/db/schema";
import { awardBadge, awardPoints } from "../gamification/award";
import { awardMilestonesFor } from "./award-milestones";
import { scopeOf, type Contest } from "./contest-view";
import type { ValueRow } from "./metric-values";
import { assignPrizes } from "./rules/prizes";
import { computeStandings, type RankedEntry } from "./standings";
import { addDays, utcToday } from "~/lib/dates";

export type FrozenWinner = { contestId: string; enrollmentId: string; rank: number; label: string };

/**
 * Freezes every launched contest whose last day is over, one transaction each. The row lock
 * with SKIP LOCKED lets several workers run this at once: each contest is taken by exactly
 * one of them, and `frozen_at` makes a later run skip it.
 */
export async function freezeDueContests(
  db: Db,
  today = utcToday(),
): Promise<{ frozen: string[]; winners: FrozenWinner[] }> {
  const frozen: string[] = [];
  const winners: FrozenWinner[] = [];
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const [contest] = await tx
        .select()
        .from(contests)
        .where(
          sql`${contests.launchedAt} is not null and ${contests.frozenAt} is null
            and ${contests.cancelledAt} is null and ${contests.endsOn} < ${today}::date`,
        )
        .orderBy(contests.endsOn, contests.id)
        .limit(1)
        .for("update", { skipLocked: true });
      if (!contest) return null;
      return { id: contest.id, winners: await freezeContest(tx, contest, today) };
    });
    if (!done) break;
    frozen.push(done.id);
    winners.push(...done.winners);
  }
  return { frozen, winners };
}

/**
 * Final standings per league over the whole window. Revenue is settled here: refunds recorded
 * up to this moment on the window's sales are deducted (the live table counts sales as booked);
 * refunds after it follow the late-refund rule (late-refunds.ts).
 */
async function freezeContest(tx: Tx, contest: Contest, today: string): Promise<FrozenWinner[]> {
  await awardMilestonesFor(tx, contest, today);
  const window = { from: contest.startsOn, to: contest.endsOn };
  const adjust =
    contest.metric === "revenue"
      ? (rows: ValueRow[]) => deductRefunds(tx, contest, rows)
      : undefined;
  const standings = await computeStandings(tx, scopeOf(contest), window, { all: true }, adjust);
  const byLeague = new Map<string, RankedEntry[]>();
  for (const s of standings) byLeague.set(s.leagueKey, [...(byLeague.get(s.leagueKey) ?? []), s]);
  const prizeOf = new Map<string, { label: string; tierIndex: number; rank: number }>();
  for (const list of byLeague.values()) {
    for (const award of assignPrizes(list, contest.prizes).awards) {
      prizeOf.set(award.enrollmentId, award);
    }
  }
  const thresholds = contest.milestones.map((m) => BigInt(m.threshold));
  if (standings.length > 0) {
    const rows = standings.map((s) => ({
      enrollment_id: s.enrollmentId,
      league_key: s.leagueKey,
      rank: s.rank,
      value: s.value.toString(),
      prize_label: prizeOf.get(s.enrollmentId)?.label ?? null,
      milestones_reached: thresholds.filter((t) => s.value >= t).length,
    }));
    await tx.execute(sql`
      insert into contest_results
        (contest_id, enrollment_id, league_key, rank, value, prize_label, milestones_reached)
      select ${contest.id}, enrollment_id, league_key, rank, value::bigint, prize_label,
        milestones_reached
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as t(enrollment_id uuid,
        league_key text, rank int, value text, prize_label text, milestones_reached int)
      on conflict do nothing`);
  }
  await tx.update(contests).set({ frozenAt: new Date() }).where(eq(contests.id, contest.id));

  const contestBadges = await tx
    .select({ id: badges.id })
    .from(badges)
    .where(
      and(
        eq(badges.programId, contest.programId),
        sql`${badges.criteria}->>'kind' = 'contest'`,
        sql`${badges.archivedAt} is null`,
      ),
    );
  const winners: FrozenWinner[] = [];
  for (const [enrollmentId, award] of prizeOf) {
    const points = contest.prizes[award.tierIndex]?.points;
    await awardPoints(tx, {
      programId: contest.programId,
      enrollmentId,
      event: "contest_prize",
      sourceKey: `contest:${contest.id}:prize`,
      ...(points !== undefined ? { points } : {}),
    });
    for (const badge of contestBadges) {
      await awardBadge(tx, {
        badgeId: badge.id,
        enrollmentId,
        sourceKey: `contest:${contest.id}:prize`,
      });
    }
    winners.push({ contestId: contest.id, enrollmentId, rank: award.rank, label: award.label });
  }
  await tx.execute(sql`
    insert into notifications (user_id, program_id, kind, data)
    select e.partner_id, e.program_id, 'contest.final',
      jsonb_build_object('contestId', ${contest.id}::text, 'name', ${contest.name}::text,
        'rank', r.rank, 'prizeLabel', r.prize_label)
    from contest_results r join enrollments e on e.id = r.enrollment_id
    where r.contest_id = ${contest.id}`);
  return winners;
}

type RefundRow = { enrollment_id: string; refunded: string };

/** Refunds on the window's sales recorded so far (rolled up on the sale's day). */
async function deductRefunds(tx: Tx, contest: Contest, rows: ValueRow[]): Promise<ValueRow[]> {
  const refunds = (await tx.execute(sql`
    select enrollment_id, sum(refunded)::text as refunded from stats_daily
    where program_id = ${contest.programId} and day between ${contest.startsOn}::date
      and ${addDays(contest.endsOn, 0)}::date and enrollment_id is not null and refunded <> 0
    group by enrollment_id`)) as unknown as RefundRow[];
  const refunded = new Map(refunds.map((r) => [r.enrollment_id, BigInt(r.refunded)]));
  return rows.map((r) => ({ ...r, value: r.value - (refunded.get(r.enrollmentId) ?? 0n) }));
}
