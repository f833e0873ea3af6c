import type { Db } from "~/server/db/client";
import { emailCommissionApprovals } from "~/server/services/announcements/email-commission-approved";
import { approveDue } from "~/server/services/ledger/approve-due";

/**
 * Approves the ledger entries whose hold has ended (the service decides which), then emails
 * each partner one summary of what this run approved for them.
 */
export function approveDueHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const { approved, summaries } = await approveDue(db, new Date());
    const emailed = await emailCommissionApprovals(db, summaries);
    if (approved > 0) log(`approved ${approved} ledger entries, emailed ${emailed} partners`);
    return { approved, emailed };
  };
}
