import type { LiveEvent } from "~/lib/live-event";
import type { EventBatch } from "~/server/tracking/record-events";

/** A committed click batch as live events: one per partner, with their clicks and unique ones. */
export function clickEvents(batch: EventBatch): LiveEvent[] {
  const c = batch.clicks;
  const byPartner = new Map<string, Extract<LiveEvent, { kind: "clicks" }> & { last: number }>();
  for (let k = 0; k < c.id.length; k++) {
    const enrollmentId = c.enrollmentId[k]!;
    let event = byPartner.get(enrollmentId);
    if (!event) {
      event = {
        kind: "clicks",
        programId: c.programId[k]!,
        enrollmentId,
        at: "",
        clicks: 0,
        uniqueClicks: 0,
        last: 0,
      };
      byPartner.set(enrollmentId, event);
    }
    event.clicks++;
    if (c.isUnique[k]) event.uniqueClicks++;
    event.last = Math.max(event.last, c.occurredAt[k]!);
  }
  return [...byPartner.values()].map(({ last, ...event }) => ({
    ...event,
    at: new Date(last).toISOString(),
  }));
}
