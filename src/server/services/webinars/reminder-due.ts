/**
 * Which reminder a registration is due, if any. The job runs every five minutes; each kind
 * goes once (a webinar_reminders row guards it), so this only decides the window:
 * - "day_before" in the last 24 hours before the start, but only to partners who registered
 *   at least an hour before that window opened: someone who signs up the evening before has
 *   just had the confirmation and does not need "tomorrow!" minutes later;
 * - "hour_before" in the last hour, to partners registered before that hour began (the same
 *   reason); a registration inside the window skips the day-before reminder for good.
 */
import { DAY_MS, HOUR_MS } from "~/lib/dates";

export type ReminderKind = "day_before" | "hour_before";

export function dueReminder(
  registration: { startsAt: Date; registeredAt: Date },
  now: Date,
): ReminderKind | null {
  const start = registration.startsAt.getTime();
  const registered = registration.registeredAt.getTime();
  const left = start - now.getTime();
  if (left <= 0) return null;
  if (left <= HOUR_MS) return registered <= start - HOUR_MS ? "hour_before" : null;
  if (left <= DAY_MS) return registered <= start - DAY_MS - HOUR_MS ? "day_before" : null;
  return null;
}
