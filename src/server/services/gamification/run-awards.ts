import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { enrollments, pointAwards, programs } from "~/server/db/schema";
import { awardConversionPoints } from "./award-conversions";
import { awardStreakPoints } from "./award-streaks";
import { evaluatePartners } from "./evaluate-partners";
import { loadProgramRewards } from "./program-rewards";
import { MINUTE_MS } from "~/lib/dates";

const BATCH = 500;

export type AwardRunOptions = {
  now?: Date;
  /**
   * The daily run: conversions approved long after their hold (400 days back), streak points,
   * and every partner's tier and badges (grace periods end even without new points). The
   * every-minute run looks at the last 14 days of approvals and at the partners who received
   * points in the last 10 minutes (from any feature: courses, webinars, contests).
   */
  full?: boolean;
  programId?: string;
};

export type AwardRunResult = { partnersAwarded: number; badges: number; tierChanges: number };

/** One run of the gamification job over every program (or one). Idempotent. */
export async function runAwards(db: Db, options: AwardRunOptions = {}): Promise<AwardRunResult> {
  const now = options.now ?? new Date();
  const list = await db
    .select({
      id: programs.id,
      tierWindowDays: programs.tierWindowDays,
      tierGraceDays: programs.tierGraceDays,
    })
    .from(programs)
    .where(options.programId ? eq(programs.id, options.programId) : undefined);
  const total: AwardRunResult = { partnersAwarded: 0, badges: 0, tierChanges: 0 };
  for (const program of list) {
    const awarded = await db.transaction(async (tx) => {
      const conversions = await awardConversionPoints(tx, program.id, {
        now,
        lookbackDays: options.full ? 400 : 14,
      });
      const streaks = options.full
        ? await awardStreakPoints(tx, program.id, { now, weeks: 3 })
        : [];
      return [...conversions, ...streaks];
    });
    total.partnersAwarded += awarded.length;
    const rewards = await loadProgramRewards(db, program.id);
    const targets = options.full
      ? everyPartner(db, program.id)
      : recentlyAwarded(db, program.id, now, awarded);
    for await (const ids of targets) {
      const result = await db.transaction((tx) => evaluatePartners(tx, program, rewards, ids, now));
      total.badges += result.badges;
      total.tierChanges += result.tierChanges;
    }
  }
  return total;
}

async function* recentlyAwarded(db: Db, programId: string, now: Date, awarded: string[]) {
  const recent = await db
    .selectDistinct({ id: pointAwards.enrollmentId })
    .from(pointAwards)
    .where(
      and(
        eq(pointAwards.programId, programId),
        gt(pointAwards.createdAt, new Date(now.getTime() - 10 * MINUTE_MS)),
      ),
    );
  const ids = [...new Set([...awarded, ...recent.map((row) => row.id)])];
  for (let start = 0; start < ids.length; start += BATCH) yield ids.slice(start, start + BATCH);
}

/** The program's current partners in keyset batches, never the whole table at once. */
async function* everyPartner(db: Db, programId: string) {
  let after: string | null = null;
  for (;;) {
    const rows: { id: string }[] = await db
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(
        and(
          eq(enrollments.programId, programId),
          inArray(enrollments.status, ["approved", "suspended", "training"]),
          after ? sql`${enrollments.id} > ${after}::uuid` : undefined,
        ),
      )
      .orderBy(asc(enrollments.id))
      .limit(BATCH);
    if (rows.length === 0) return;
    yield rows.map((row) => row.id);
    after = rows[rows.length - 1]!.id;
  }
}
