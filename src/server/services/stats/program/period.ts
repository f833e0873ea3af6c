import { z } from "zod";
import { lastDays, type DayRange } from "~/lib/period";
import { dayRangeSchema } from "../day-range";

export const PERIOD_PRESETS = ["7d", "30d", "90d"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const presetDays: Record<PeriodPreset, number> = { "7d": 7, "30d": 30, "90d": 90 };

/** A preset ending today, or a custom inclusive range of UTC days (at most 366 of them). */
export const periodSchema = z.union([z.object({ preset: z.enum(PERIOD_PRESETS) }), dayRangeSchema]);

export type PeriodInput = z.input<typeof periodSchema>;

/**
 * The UTC days a period covers. Presets end today (the rollups' days are UTC, so "today" is
 * the UTC day of `now`, not the viewer's).
 */
export function resolvePeriod(input: PeriodInput, now: Date = new Date()): DayRange {
  const period = periodSchema.parse(input);
  if ("preset" in period) return lastDays(presetDays[period.preset], now);
  return { from: period.from, to: period.to };
}

/**
 * The period a page's query string names: `range` = 7d | 30d | 90d, or `custom` with `from`
 * and `to`. Shared by the analytics page and its CSV exports so both read the same days.
 */
export function periodFromQuery(query: {
  range?: string;
  from?: string;
  to?: string;
}): PeriodInput {
  if (query.range === "custom") return { from: query.from ?? "", to: query.to ?? "" };
  const preset = PERIOD_PRESETS.find((value) => value === query.range);
  return { preset: preset ?? "30d" };
}
