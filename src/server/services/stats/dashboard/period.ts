import { z } from "zod";
import { dayRangeSchema, daysInRange } from "../day-range";

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

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const PRESET_DAYS = { today: 1, "7d": 7, "30d": 30, "90d": 90 } as const;

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const utcDayOf = (at: Date) => at.toISOString().slice(0, 10);
export const shiftDay = (day: string, days: number) =>
  utcDayOf(new Date(dayStart(day).getTime() + days * DAY_MS));

/** The period a range means at `now`; presets end today (UTC). */
export function resolvePeriod(range: DashboardRange, now: Date): Period {
  const today = utcDayOf(now);
  const [from, to] =
    "preset" in range
      ? [shiftDay(today, 1 - PRESET_DAYS[range.preset]), today]
      : [range.from, range.to];
  const start = dayStart(from);
  let end = new Date(dayStart(to).getTime() + DAY_MS);
  if (from !== to) return { granularity: "day", from, to, start, end };
  if (to === today) end = new Date((Math.floor(now.getTime() / HOUR_MS) + 1) * HOUR_MS);
  return { granularity: "hour", from, to, start, end };
}

/**
 * The period of equal length right before: as many days earlier, so a partial today is
 * compared with yesterday up to the same hour.
 */
export function previousPeriod(period: Period): Period {
  const days = daysInRange(period.from, period.to).length;
  return {
    granularity: period.granularity,
    from: shiftDay(period.from, -days),
    to: shiftDay(period.to, -days),
    start: new Date(period.start.getTime() - days * DAY_MS),
    end: new Date(period.end.getTime() - days * DAY_MS),
  };
}
