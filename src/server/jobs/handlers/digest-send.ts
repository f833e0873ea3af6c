import type { Db } from "~/server/db/client";
import { sendDueDigests } from "~/server/services/digests/send-due-digests";

/**
 * Hourly: the digests of every recipient for whom it is now digest time in their own zone.
 * A retry (or an overlapping run) sends nothing twice: each digest is claimed in digest_sends.
 */
export function digestSendHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const result = await sendDueDigests(db, new Date());
    const { partners: p, subscribers: s } = result;
    if (p.sent + p.empty + s.sent + s.empty > 0) {
      log(
        `digests ${result.periods.join(", ")}: ${p.sent} partner and ${s.sent} subscriber digests sent, ${p.empty + s.empty} with nothing to say`,
      );
    }
    return result;
  };
}
