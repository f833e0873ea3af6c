import { and, asc, eq, gt, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import {
  commissionRules,
  enrollments,
  ledgerEntries,
  programs,
  statsDaily,
} from "~/server/db/schema";
import type { Rule } from "../commissions/types";
import { trafficCommissions } from "./traffic-entries";
import { DAY_MS } from "~/lib/dates";

const INSERT_CHUNK = 1_000;

/** "2025-03-01" for the UTC day `offset` days before the one containing `now`. */
export function utcDay(now: Date, offset = 0): string {
  return new Date(now.getTime() - offset * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Settles CPC and CPV for one closed UTC day: reads each partner's paid clicks and paid
 * impressions from the daily rollup, prices them with the program's active traffic rules and
 * writes one pending commission per partner and event. Idempotent: ledger_traffic_uq makes a
 * second run (or a second worker) insert nothing. The hold runs from the end of the day, so
 * the moment of approval does not depend on when the job happened to run.
 */
export async function settleTraffic(
  db: Executor,
  day: string,
  options: { now?: Date; programId?: string } = {},
): Promise<{ inserted: number; skipped: number }> {
  const start = new Date(`${day}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(start.getTime())) {
    throw new RangeError(`settleTraffic: "${day}" is not a day (YYYY-MM-DD)`);
  }
  // An open day still counts clicks: settling it would freeze a partial figure forever.
  if (day >= utcDay(options.now ?? new Date())) {
    throw new RangeError(`settleTraffic: ${day} is not over yet (UTC)`);
  }

  const days = await db
    .select({
      programId: statsDaily.programId,
      enrollmentId: enrollments.id,
      tierKey: enrollments.tierKey,
      tierBonusBps: sql<number | null>`(select t.rate_bonus_bps from tiers t
        where t.program_id = ${enrollments.programId} and t.key = ${enrollments.tierKey})`,
      paidClicks: statsDaily.paidClicks,
      paidImpressions: statsDaily.paidImpressions,
      currency: programs.currency,
      holdPeriodDays: programs.holdPeriodDays,
    })
    .from(statsDaily)
    .innerJoin(enrollments, eq(enrollments.id, statsDaily.enrollmentId))
    .innerJoin(programs, eq(programs.id, statsDaily.programId))
    .where(
      and(
        eq(statsDaily.day, day),
        isNotNull(statsDaily.enrollmentId),
        options.programId ? eq(statsDaily.programId, options.programId) : undefined,
        or(gt(statsDaily.paidClicks, 0), gt(statsDaily.paidImpressions, 0)),
      ),
    );
  if (days.length === 0) return { inserted: 0, skipped: 0 };

  const programIds = [...new Set(days.map((row) => row.programId))];
  const rules = await db
    .select()
    .from(commissionRules)
    .where(
      and(
        inArray(commissionRules.programId, programIds),
        inArray(commissionRules.event, ["click", "impression"]),
        eq(commissionRules.active, true),
      ),
    )
    // A stable order: selectRule gives equal priorities to the first rule listed.
    .orderBy(asc(commissionRules.createdAt), asc(commissionRules.id));
  const rulesByProgram = new Map<string, Rule[]>();
  for (const rule of rules) {
    rulesByProgram.set(rule.programId, [...(rulesByProgram.get(rule.programId) ?? []), rule]);
  }

  const programOf = new Map(days.map((row) => [row.programId, row]));
  const values = trafficCommissions(days, rulesByProgram).flatMap((item) => {
    const program = programOf.get(item.programId);
    if (!program) return [];
    return {
      programId: item.programId,
      enrollmentId: item.enrollmentId,
      kind: "commission" as const,
      amount: item.amount,
      currency: program.currency,
      status: "pending" as const,
      holdUntil: new Date(start.getTime() + (1 + program.holdPeriodDays) * DAY_MS),
      trafficEvent: item.event,
      trafficDay: day,
      ruleId: item.ruleId,
      reason: `${item.count} paid ${item.event === "click" ? "clicks" : "impressions"}`,
    };
  });

  let inserted = 0;
  for (let i = 0; i < values.length; i += INSERT_CHUNK) {
    const rows = await db
      .insert(ledgerEntries)
      .values(values.slice(i, i + INSERT_CHUNK))
      .onConflictDoNothing({
        target: [ledgerEntries.enrollmentId, ledgerEntries.trafficEvent, ledgerEntries.trafficDay],
        where: sql`${ledgerEntries.trafficDay} is not null`,
      })
      .returning({ id: ledgerEntries.id });
    inserted += rows.length;
  }
  return { inserted, skipped: values.length - inserted };
}
