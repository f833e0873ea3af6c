import { describe, expect, it, vi } from "vitest";
import type { LiveEvent } from "~/lib/live-event";
import { LiveSubscription } from "./subscription";

const base = {
  programId: "7d0c1c1e-1f6a-4a53-9a43-7a8f5cbe0a01",
  enrollmentId: "0b5f3c57-41b4-4b3e-9f53-2a2ad0f2b7c2",
};
const clicks = (n: number, at = "2025-03-01T10:00:00.000Z"): LiveEvent => ({
  ...base,
  kind: "clicks",
  at,
  clicks: n,
  uniqueClicks: n - 1,
});
const sale = (id: string): LiveEvent => ({
  ...base,
  kind: "conversion",
  at: "2025-03-01T10:00:00.000Z",
  conversionId: id,
  type: "sale",
  status: "pending",
});

describe("LiveSubscription", () => {
  it("hands an event to a waiting reader at once and queues the rest in order", async () => {
    const subscription = new LiveSubscription(10, () => {});
    const first = subscription.next();
    subscription.deliver(sale("a"));
    expect(await first).toEqual({ done: false, value: sale("a") });
    subscription.deliver(sale("b"));
    subscription.deliver(sale("c"));
    expect((await subscription.next()).value).toEqual(sale("b"));
    expect((await subscription.next()).value).toEqual(sale("c"));
  });

  it("adds clicks to the clicks event still waiting, keeping the latest time", async () => {
    const subscription = new LiveSubscription(10, () => {});
    subscription.deliver(clicks(3, "2025-03-01T10:00:00.000Z"));
    subscription.deliver(sale("a"));
    subscription.deliver(clicks(2, "2025-03-01T12:00:01.000+02:00"));
    subscription.deliver(clicks(5, "2025-03-01T10:00:02.000Z"));
    expect((await subscription.next()).value).toEqual({
      ...clicks(10, "2025-03-01T10:00:02.000Z"),
      uniqueClicks: 7,
    });
    expect((await subscription.next()).value).toEqual(sale("a"));
  });

  it("keeps at most `limit` events for a slow reader, dropping the oldest", async () => {
    const subscription = new LiveSubscription(3, () => {});
    for (const id of ["a", "b", "c", "d", "e"]) subscription.deliver(sale(id));
    expect(subscription.dropped).toBe(2);
    const seen = [];
    for (let n = 0; n < 3; n++) seen.push((await subscription.next()).value);
    expect(seen).toEqual([sale("c"), sale("d"), sale("e")]);
  });

  it("ends a pending read at once when returned, calls onEnd once, then ignores events", async () => {
    const onEnd = vi.fn();
    const subscription = new LiveSubscription(10, onEnd);
    const pending = subscription.next();
    await subscription.return();
    expect(await pending).toEqual({ done: true, value: undefined });
    subscription.end();
    subscription.deliver(sale("late"));
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it("works with for await and stops when ended", async () => {
    const subscription = new LiveSubscription(10, () => {});
    subscription.deliver(sale("a"));
    subscription.deliver(sale("b"));
    const seen: LiveEvent[] = [];
    for await (const event of subscription) {
      seen.push(event);
      if (seen.length === 2) setTimeout(() => subscription.end(), 1);
    }
    expect(seen).toEqual([sale("a"), sale("b")]);
  });
});
