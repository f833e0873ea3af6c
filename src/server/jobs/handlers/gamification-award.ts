import type { Db } from "~/server/db/client";
import { runAwards } from "~/server/services/gamification/run-awards";

/**
 * Every minute: points for newly approved results, then badges and tiers of the partners who
 * received points (from any feature). Daily (full): also streaks, late approvals and every
 * partner's tier, so grace periods end on time.
 */
export function gamificationAwardHandler(db: Db, log: (line: string) => void, full = false) {
  return async () => {
    const result = await runAwards(db, { full });
    if (result.partnersAwarded + result.badges + result.tierChanges > 0) {
      log(
        `gamification${full ? " (daily)" : ""}: ${result.partnersAwarded} partners got points, ` +
          `${result.badges} badges, ${result.tierChanges} tier changes`,
      );
    }
    return result;
  };
}
