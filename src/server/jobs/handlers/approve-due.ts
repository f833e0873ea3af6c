import type { Db } from "~/server/db/client";
import { approveDueEntries } from "~/server/services/ledger/approve-due";

/** Approves the ledger entries whose hold has ended; the service decides which. */
export function approveDueHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const approved = await approveDueEntries(db, new Date());
    if (approved > 0) log(`approved ${approved} ledger entries`);
    return { approved };
  };
}
