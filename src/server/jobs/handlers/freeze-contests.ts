import type { Db } from "~/server/db/client";
import { awardContestMilestones } from "~/server/services/contests/award-milestones";
import { freezeDueContests } from "~/server/services/contests/freeze-contest";
import { emailWinners } from "~/server/services/contests/notify-winners";

/** Freezes contests whose last day is over, then emails the winners (after the commit). */
export function freezeContestsHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const { frozen, winners } = await freezeDueContests(db);
    const emailed = await emailWinners(db, winners);
    if (frozen.length > 0) log(`froze ${frozen.length} contests, emailed ${emailed} winners`);
    return { frozen: frozen.length, emailed };
  };
}

/** Records milestones partners crossed in running contests (points and a notice, once each). */
export function contestMilestonesHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const awarded = await awardContestMilestones(db);
    if (awarded > 0) log(`awarded ${awarded} contest milestones`);
    return { awarded };
  };
}
