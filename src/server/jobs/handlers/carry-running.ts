import type { Db } from "~/server/db/client";
import { carryRunningTotals } from "~/server/tracking/running-carry";
import { addDays, utcDay } from "~/lib/dates";

/**
 * Carries every program's running totals forward through tomorrow, so rankings ending today
 * (or tomorrow, just after midnight) read every partner at one day. Idempotent: a second run
 * the same day finds nothing to copy.
 */
export function carryRunningHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const through = addDays(utcDay(new Date()), 1);
    const result = await carryRunningTotals(db, { through });
    if (result.rows > 0)
      log(
        `carried running totals of ${result.programs} programs through ${through}: ${result.rows} rows`,
      );
    return { through, ...result };
  };
}
