import type PgBoss from "pg-boss";
import { z } from "zod";
import type { Db } from "~/server/db/client";
import { settleTraffic, utcDay } from "~/server/services/ledger/settle-traffic";
import type { SettleTrafficData } from "../queues";

/**
 * Days settled when a job names none: yesterday and a few before it. Settling is idempotent,
 * so re-settling a day costs one query, and a worker that was down over a weekend catches up.
 */
export const CATCH_UP_DAYS = 3;

const dataSchema = z.object({ day: z.iso.date().optional() });

export function settleTrafficHandler(db: Db, log: (line: string) => void) {
  return async (jobs: PgBoss.Job<SettleTrafficData>[]) => {
    const now = new Date();
    const results: Record<string, number> = {};
    for (const job of jobs) {
      const { day } = dataSchema.parse(job.data ?? {});
      const days = day
        ? [day]
        : Array.from({ length: CATCH_UP_DAYS }, (_, i) => utcDay(now, CATCH_UP_DAYS - i));
      for (const each of days) {
        const { inserted } = await settleTraffic(db, each, { now });
        results[each] = inserted;
        if (inserted > 0) log(`settled ${inserted} traffic commissions for ${each}`);
      }
    }
    return results;
  };
}
