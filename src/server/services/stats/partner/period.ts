import { z } from "zod";
import { lastDays } from "~/lib/period";
import { dayRangeSchema } from "../day-range";
import { HOUR_MS, utcDay, utcDayEnd, utcDayStart } from "~/lib/dates";

export const RANGE_PRESETS = ["today", "7d", "30d", "90d"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** A preset, or a custom inclusive range of UTC days (at most 366, never reversed). */
export const dashboardRangeSchema = z.union([
  z.object({ preset: z.enum(RANGE_PRESETS) }),
  dayRangeSchema,
]);
export type DashboardRange = z.infer<typeof dashboardRangeSchema>;

/**
 * What a dashboard range covers: UTC days `from`..`to` inclusive and the instants
 * [start, end). A single day is read by the hour (its end stops after the current hour when
 * it is today, so "today" compares like with like); longer ranges by the day.
 */
export type Period = {
  granularity: "hour" | "day";
  from: string;
  to: string;
  start: Date;
  end: Date;
};

const PRESET_DAYS = { today: 1, "7d": 7, "30d": 30, "90d": 90 } as const;

/**
 * The period a range means at `now`; presets end today (UTC). Its comparable period is
 * previousPeriod (src/lib/period.ts), which moves `start` and `end` along.
 */
export function resolvePeriod(range: DashboardRange, now: Date): Period {
  const today = utcDay(now);
  const { from, to } = "preset" in range ? lastDays(PRESET_DAYS[range.preset], now) : range;
  const start = utcDayStart(from);
  let end = utcDayEnd(to);
  if (from !== to) return { granularity: "day", from, to, start, end };
  if (to === today) end = new Date((Math.floor(now.getTime() / HOUR_MS) + 1) * HOUR_MS);
  return { granularity: "hour", from, to, start, end };
}
