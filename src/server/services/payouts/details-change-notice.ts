import { DAY_MS } from "~/lib/dates";
import { detailsCoolingUntil } from "./eligibility";

/**
 * What the payouts page tells a manager about a partner's payout details: how many whole days
 * ago they last changed, and whether that is within the program's cooling period (a warning:
 * a request made before the change, or in a program without cooling, may still go to an
 * account the partner no longer controls). null when they were never changed after being set.
 */
export function detailsChangeNotice(changedAt: Date | null, coolingDays: number, now: Date) {
  if (changedAt === null) return null;
  const until = detailsCoolingUntil(changedAt, coolingDays);
  return {
    changedAt,
    days: Math.max(0, Math.floor((now.getTime() - changedAt.getTime()) / DAY_MS)),
    recent: until !== null && until > now,
  };
}
