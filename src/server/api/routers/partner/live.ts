import type { LiveEvent } from "~/lib/live-event";
import { getLiveHub } from "~/server/live/hub";
import { watchedEnrollment, watchInput } from "~/server/services/live/watched-enrollment";
import { createTRPCRouter, partnerProcedure } from "../../trpc";

/** Live updates for a partner's open dashboard, over Server-Sent Events. */
export const partnerLiveRouter = createTRPCRouter({
  /**
   * The caller's own new clicks and conversions in one program as they commit. Checked before
   * the stream opens (a stranger gets NOT_FOUND, an unapproved partner FORBIDDEN); the stream
   * ends when the browser disconnects (tRPC aborts `signal`).
   */
  events: partnerProcedure
    .input(watchInput)
    .use(async ({ ctx, input, next }) => {
      const { enrollmentId } = await watchedEnrollment(ctx, input);
      return next({ ctx: { ...ctx, enrollmentId } });
    })
    .subscription(async function* ({ ctx, signal }): AsyncGenerator<LiveEvent, void> {
      const subscription = getLiveHub().subscribe(ctx.enrollmentId, signal);
      try {
        yield* subscription;
      } finally {
        subscription.end();
      }
    }),
});
