import type { LiveEvent } from "~/lib/live-event";

/** An event as the feed shows it: `id` keys the list, `receivedAt` is when it arrived. */
export type FeedItem = { id: number; receivedAt: number; event: LiveEvent };

export const FEED_LENGTH = 20;
/** Clicks arriving this soon after the newest clicks line are added to it, not listed anew. */
export const CLICK_MERGE_MS = 10_000;

/**
 * The feed after an event, newest first, at most FEED_LENGTH lines. A busy link sends clicks
 * every moment: counting them into the newest line keeps sales from scrolling away and screen
 * readers from announcing every click.
 */
export function addToFeed(
  items: readonly FeedItem[],
  event: LiveEvent,
  now: number,
  id: number,
): FeedItem[] {
  const newest = items[0];
  if (
    event.kind === "clicks" &&
    newest?.event.kind === "clicks" &&
    now - newest.receivedAt < CLICK_MERGE_MS
  ) {
    const merged: FeedItem = {
      ...newest,
      event: {
        ...newest.event,
        at: Date.parse(event.at) > Date.parse(newest.event.at) ? event.at : newest.event.at,
        clicks: newest.event.clicks + event.clicks,
        uniqueClicks: newest.event.uniqueClicks + event.uniqueClicks,
      },
    };
    return [merged, ...items.slice(1)];
  }
  return [{ id, receivedAt: now, event }, ...items].slice(0, FEED_LENGTH);
}
