/** Contest status and windows: pure, so the rules about windows are unit-tested. */
import { addDays, dayCount } from "~/lib/dates";

export type ContestStatus = "draft" | "scheduled" | "running" | "ended" | "final" | "cancelled";

export type ContestDates = {
  startsOn: string;
  endsOn: string;
  launchedAt: Date | null;
  frozenAt: Date | null;
  cancelledAt: Date | null;
};

/**
 * Cancelled wins over everything, then frozen; "ended" is the short wait between the last day
 * and the freeze job (the results are not final yet, so partners see "awaiting results").
 */
export function contestStatus(c: ContestDates, today: string): ContestStatus {
  if (c.cancelledAt) return "cancelled";
  if (c.frozenAt) return "final";
  if (!c.launchedAt) return "draft";
  if (today < c.startsOn) return "scheduled";
  if (today <= c.endsOn) return "running";
  return "ended";
}

/** The days counted so far: [startsOn, min(endsOn, today)]; null before the start. */
export function liveWindow(
  c: Pick<ContestDates, "startsOn" | "endsOn">,
  today: string,
): { from: string; to: string } | null {
  if (today < c.startsOn) return null;
  return { from: c.startsOn, to: c.endsOn < today ? c.endsOn : today };
}

/**
 * The last comparable period for a preview and for leagues: as long as the contest, ending the
 * day before it starts (or yesterday, whichever is earlier). A contest starting today or earlier
 * never compares with days it already covers.
 */
export function comparablePeriod(
  startsOn: string,
  endsOn: string,
  today: string,
): { from: string; to: string } {
  const length = dayCount(startsOn, endsOn);
  // A contest starting in the future compares with the last complete days we have, not with
  // days that have not happened yet.
  const dayBefore = addDays(startsOn, -1);
  const yesterday = addDays(today, -1);
  const to = dayBefore < yesterday ? dayBefore : yesterday;
  return { from: addDays(to, -(length - 1)), to };
}
