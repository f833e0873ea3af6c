import { addDays, zonedClock } from "~/lib/dates";

/** What the webinar form edits (the defaults fill the same shape). */
export type WebinarFormValues = {
  title: string;
  description: string;
  startsLocal: string;
  timeZone: string;
  durationMinutes: number;
  joinUrl: string;
  capacity: number | null;
  audienceTierKeys: string[];
};

/** Late afternoon suits most partners and most of a continent's time zones. */
export const DEFAULT_START_TIME = "16:00";
export const DEFAULT_DURATION_MINUTES = 45;

/**
 * The next working day (Monday to Friday) after today in `zone`: a webinar announced today
 * needs at least a day for partners to register, and nobody wants one on a weekend.
 */
export function nextWorkingDay(now: Date, zone: string): string {
  const { day, weekday } = zonedClock(now, zone);
  // Friday → Monday, Saturday → Monday, otherwise (Sunday included) the next day.
  return addDays(day, weekday === 5 ? 3 : weekday === 6 ? 2 : 1);
}

/**
 * A new webinar's form, ready to schedule once it has a title: the next working day at 16:00
 * in the manager's zone, 45 minutes, and the program's usual join link when there is one.
 */
export function newWebinarDefaults(input: {
  now: Date;
  zone: string;
  title: string;
  joinUrl: string | null;
}): WebinarFormValues {
  return {
    title: input.title,
    description: "",
    startsLocal: `${nextWorkingDay(input.now, input.zone)}T${DEFAULT_START_TIME}`,
    timeZone: input.zone,
    durationMinutes: DEFAULT_DURATION_MINUTES,
    joinUrl: input.joinUrl ?? "",
    capacity: null,
    audienceTierKeys: [],
  };
}
