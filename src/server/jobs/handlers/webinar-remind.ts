import type { Db } from "~/server/db/client";
import { sendDueReminders } from "~/server/services/webinars/send-reminders";

/** Sends the webinar reminders that are due; each is claimed once, so a retry is harmless. */
export function webinarRemindHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const sent = await sendDueReminders(db, new Date());
    if (sent > 0) log(`sent ${sent} webinar reminders`);
    return { sent };
  };
}
