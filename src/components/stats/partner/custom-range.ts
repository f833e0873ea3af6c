import { DAY_MS } from "~/lib/dates";

const MAX_DAYS = 366;

/**
 * Why a custom range of UTC days (YYYY-MM-DD) cannot be asked for, as a message key, or null:
 * the same rules the server applies, checked first so the partner gets a clear message.
 */
export function customRangeProblem(from: string, to: string) {
  if (!from || !to) return "missing" as const;
  if (from > to) return "reversed" as const;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  return days > MAX_DAYS ? ("tooLong" as const) : null;
}
