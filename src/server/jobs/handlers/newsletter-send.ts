import type { Db } from "~/server/db/client";
import { runDueNewsletters } from "~/server/services/newsletters/send-newsletter";

/**
 * Every minute: due scheduled newsletters start, and every newsletter still sending is worked
 * on, so a send a crash interrupted resumes where it stopped (each recipient once).
 */
export function newsletterSendHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const result = await runDueNewsletters(db, new Date());
    if (result.recipients > 0)
      log(`newsletters: ${result.recipients} recipients handled in ${result.newsletters}`);
    return result;
  };
}
