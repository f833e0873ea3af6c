import type { LiveEvent } from "~/lib/live-event";
import { getLiveHub } from "~/server/live/hub";
import { createTRPCRouter, enrolledProcedure } from "../../trpc";

/** Live updates for a partner's open dashboard, over Server-Sent Events. */
export const partnerLiveRouter = createTRPCRouter({
  /**
   * The caller's own new clicks and conversions in one program as they commit. Checked before
   * the stream opens (a stranger gets NOT_FOUND, a partner who is not approved FORBIDDEN); the
   * stream ends when the browser disconnects (tRPC aborts `signal`), or when the user opens
   * more than LIVE_STREAMS_PER_USER streams (their oldest ends).
   */
  events: enrolledProcedure("approved").subscription(async function* ({
    ctx,
    signal,
  }): AsyncGenerator<LiveEvent, void> {
    const subscription = getLiveHub().subscribe(ctx.enrollment.id, signal, ctx.userId);
    try {
      yield* subscription;
    } finally {
      subscription.end();
    }
  }),
});
