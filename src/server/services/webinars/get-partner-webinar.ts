import { count, eq } from "drizzle-orm";
import { webinarRegistrations } from "~/server/db/schema";
import type { PartnerContext } from "../context";
import { loadPartnerWebinar } from "./partner-webinar";

/** One webinar as the partner sees it (the join link only once they are registered). */
export async function getPartnerWebinar(ctx: PartnerContext, input: { webinarId: string }) {
  const found = await loadPartnerWebinar(ctx.db, ctx, input.webinarId);
  const { webinar } = found;
  const [taken] = await ctx.db
    .select({ value: count() })
    .from(webinarRegistrations)
    .where(eq(webinarRegistrations.webinarId, webinar.id));
  return {
    id: webinar.id,
    title: webinar.title,
    description: webinar.description,
    startsAt: webinar.startsAt,
    timeZone: webinar.timeZone,
    durationMinutes: webinar.durationMinutes,
    capacity: webinar.capacity,
    cancelledAt: webinar.cancelledAt,
    recordingUrl: webinar.recordingUrl,
    joinUrl: found.registered ? webinar.joinUrl : null,
    registered: found.registered,
    attended: found.attendedAt !== null,
    seatsLeft:
      webinar.capacity === null ? null : Math.max(0, webinar.capacity - (taken?.value ?? 0)),
    program: { name: found.program.name, slug: found.program.slug },
  };
}
