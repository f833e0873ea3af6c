import type { Db } from "~/server/db/client";
import { emailPendingAnnouncements } from "~/server/services/announcements/email-announcements";
import {
  emailContestsEndingSoon,
  emailStartedContests,
} from "~/server/services/announcements/email-contests";

/** Emails the announcements not emailed yet (each recipient keyed, so a retry is harmless). */
export function announcementsEmailHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const result = await emailPendingAnnouncements(db);
    if (result.sent > 0) log(`emailed ${result.sent} announcement messages`);
    return result;
  };
}

/** Emails eligible partners about contests launched since the last run. */
export function contestStartedEmailHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const sent = await emailStartedContests(db, new Date());
    if (sent > 0) log(`emailed ${sent} contest-started messages`);
    return { sent };
  };
}

/** Daily: contests whose last UTC day is tomorrow, each eligible partner once. */
export function contestEndingSoonHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const today = new Date().toISOString().slice(0, 10);
    const sent = await emailContestsEndingSoon(db, today);
    if (sent > 0) log(`emailed ${sent} contest-ending-soon messages`);
    return { sent };
  };
}
