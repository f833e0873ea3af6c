import type PgBoss from "pg-boss";
import { queues } from "./queues";

/**
 * Cron schedules (UTC). pg-boss keeps one schedule per queue name in the database and lets one
 * worker at a time fire it, so running several workers does not multiply the jobs.
 */
export const schedules = [
  // Every minute: a commission becomes payable within a minute of its hold ending.
  { queue: queues.approveDue, cron: "* * * * *" },
  // Shortly after midnight UTC, when yesterday's rollups are final; the handler also
  // re-settles the days before (idempotent), so a missed night is made up the next.
  { queue: queues.settleTraffic, cron: "10 0 * * *" },
  // Just after midnight UTC: rows for the new tomorrow before anyone ranks it (the worker
  // also runs it at start, to make up for nights it was down).
  { queue: queues.carryRunning, cron: "5 0 * * *" },
  { queue: queues.pruneRateLimits, cron: "20 3 * * *" },
  // Every five minutes: reminders go out at most five minutes into their window.
  { queue: queues.remindWebinars, cron: "*/5 * * * *" },
  // Points within a minute of a commission's approval; tiers and streaks once a day.
  { queue: queues.gamificationAward, cron: "* * * * *" },
  { queue: queues.gamificationDaily, cron: "0 1 * * *" },
  // Contests: milestones within a minute of being crossed; a finished contest frozen within
  // five minutes of its last UTC day (the handler takes every due contest, so a missed run is
  // made up by the next).
  { queue: queues.contestMilestones, cron: "* * * * *" },
  { queue: queues.freezeContests, cron: "*/5 * * * *" },
  // Announcements and contest-start emails within a minute; "ends tomorrow" mid-morning UTC.
  { queue: queues.emailAnnouncements, cron: "* * * * *" },
  { queue: queues.emailContestStarted, cron: "* * * * *" },
  { queue: queues.emailContestEndingSoon, cron: "0 9 * * *" },
  // Hourly, a few minutes past: every zone (including :30 and :45 offsets) passes its 08:00
  // hour between two runs exactly once; the service picks the zones where it is digest time.
  { queue: queues.sendDigests, cron: "7 * * * *" },
  // Newsletters: a scheduled one starts within a minute of its time, "send now" within a
  // minute of the click, and a send a crash interrupted resumes at the next run.
  { queue: queues.sendNewsletters, cron: "* * * * *" },
] as const;

export async function registerSchedules(boss: PgBoss): Promise<void> {
  for (const { queue, cron } of schedules) {
    await boss.schedule(queue, cron, {}, { tz: "UTC" });
  }
}
