/** A click-to-sale time in the largest whole unit that fits, for a plural-aware message. */
export type Duration = { unit: "seconds" | "minutes" | "hours" | "days"; count: number };

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Rounded down, so a sale 59.9 seconds after the click still reads "59 seconds": the manager
 * compares it with a minimum measured in seconds, and rounding up would hide a fast one.
 */
export function clickToSaleDuration(seconds: number): Duration {
  const value = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  if (value < MINUTE) return { unit: "seconds", count: Math.floor(value) };
  if (value < HOUR) return { unit: "minutes", count: Math.floor(value / MINUTE) };
  if (value < DAY) return { unit: "hours", count: Math.floor(value / HOUR) };
  return { unit: "days", count: Math.floor(value / DAY) };
}
