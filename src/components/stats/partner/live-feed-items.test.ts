import { describe, expect, it } from "vitest";
import type { LiveEvent } from "~/lib/live-event";
import { addToFeed, CLICK_MERGE_MS, FEED_LENGTH, type FeedItem } from "./live-feed-items";

const base = {
  programId: "7d0c1c1e-1f6a-4a53-9a43-7a8f5cbe0a01",
  enrollmentId: "0b5f3c57-41b4-4b3e-9f53-2a2ad0f2b7c2",
};
const clicks = (n: number, at = "2025-03-01T10:00:00.000Z"): LiveEvent => ({
  ...base,
  kind: "clicks",
  at,
  clicks: n,
  uniqueClicks: 1,
});
const sale = (id: string): LiveEvent => ({
  ...base,
  kind: "conversion",
  at: "2025-03-01T10:00:00.000Z",
  conversionId: id,
  type: "sale",
  status: "flagged",
});

describe("addToFeed", () => {
  it("puts new events first", () => {
    let feed: FeedItem[] = [];
    feed = addToFeed(feed, sale("a"), 0, 1);
    feed = addToFeed(feed, clicks(2), 10, 2);
    feed = addToFeed(feed, sale("b"), 20, 3);
    expect(feed.map((item) => item.id)).toEqual([3, 2, 1]);
    expect(feed[0]).toEqual({ id: 3, receivedAt: 20, event: sale("b") });
  });

  it("counts clicks into the newest clicks line while it is recent", () => {
    let feed = addToFeed([], clicks(2), 0, 1);
    feed = addToFeed(feed, clicks(3, "2025-03-01T10:00:05.000Z"), CLICK_MERGE_MS - 1, 2);
    expect(feed).toEqual([
      {
        id: 1,
        receivedAt: 0,
        event: { ...clicks(5, "2025-03-01T10:00:05.000Z"), uniqueClicks: 2 },
      },
    ]);
    feed = addToFeed(feed, clicks(1), CLICK_MERGE_MS, 3);
    expect(feed.map((item) => item.id)).toEqual([3, 1]);
  });

  it("does not count clicks across a sale", () => {
    let feed = addToFeed([], clicks(2), 0, 1);
    feed = addToFeed(feed, sale("a"), 1, 2);
    feed = addToFeed(feed, clicks(1), 2, 3);
    expect(feed.map((item) => item.id)).toEqual([3, 2, 1]);
  });

  it("keeps the newest FEED_LENGTH lines", () => {
    let feed: FeedItem[] = [];
    for (let n = 0; n < FEED_LENGTH + 5; n++) feed = addToFeed(feed, sale(`s${n}`), n, n);
    expect(feed).toHaveLength(FEED_LENGTH);
    expect(feed[0]!.id).toBe(FEED_LENGTH + 4);
    expect(feed.at(-1)!.id).toBe(5);
  });
});
