import { createEvent } from "ics";

export type CalendarWebinar = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  joinUrl: string;
  cancelledAt: Date | null;
  programName: string;
};

/**
 * The webinar as an iCalendar file. The UID is stable per webinar, so downloading it again
 * after a change (or the cancellation) updates the same calendar entry instead of adding one;
 * SEQUENCE goes up on cancellation so calendars accept the newer copy.
 */
export function buildWebinarIcs(
  webinar: CalendarWebinar,
  options: { host: string; organizerEmail: string },
): string {
  const description = [webinar.description.trim(), webinar.joinUrl].filter(Boolean).join("\n\n");
  const { error, value } = createEvent({
    uid: `${webinar.id}@${options.host}`,
    productId: "rally/webinars",
    method: "PUBLISH",
    start: webinar.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: webinar.durationMinutes },
    title: webinar.title,
    description,
    url: webinar.joinUrl,
    location: webinar.joinUrl,
    organizer: { name: webinar.programName, email: options.organizerEmail },
    status: webinar.cancelledAt ? "CANCELLED" : "CONFIRMED",
    sequence: webinar.cancelledAt ? 1 : 0,
  });
  if (error || !value) throw error ?? new Error("the calendar file could not be built");
  return value;
}

/** "Partner Q&A: June" → "partner-q-a-june.ics"; a title without Latin letters → webinar.ics. */
export function calendarFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ł/g, "l")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "webinar"}.ics`;
}
