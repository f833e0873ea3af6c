import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { LiveEvent } from "~/lib/live-event";
import { decodeNotice, encodeNotices, MAX_NOTICE_BYTES } from "./payload";

const clicks = (n: number): LiveEvent => ({
  kind: "clicks",
  programId: randomUUID(),
  enrollmentId: randomUUID(),
  at: "2025-03-01T10:00:00.000Z",
  clicks: n,
  uniqueClicks: n,
});

const sale = (): LiveEvent => ({
  kind: "conversion",
  programId: randomUUID(),
  enrollmentId: randomUUID(),
  at: "2025-03-01T10:00:00.000Z",
  conversionId: randomUUID(),
  type: "sale",
  status: "flagged",
  commission: "98765",
});

describe("encodeNotices", () => {
  it("sends nothing for no events and one payload for a few", () => {
    expect(encodeNotices([])).toEqual([]);
    const events = [clicks(3), sale()];
    const payloads = encodeNotices(events);
    expect(payloads).toHaveLength(1);
    expect(JSON.parse(payloads[0]!)).toEqual(events);
  });

  it("splits many events into payloads under PostgreSQL's limit, losing none", () => {
    const events = Array.from({ length: 1000 }, (_, n) => (n % 2 ? clicks(n) : sale()));
    const payloads = encodeNotices(events);
    expect(payloads.length).toBeGreaterThan(10);
    for (const payload of payloads) {
      expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_NOTICE_BYTES);
    }
    expect(payloads.flatMap((payload) => JSON.parse(payload) as LiveEvent[])).toEqual(events);
  });
});

describe("decodeNotice", () => {
  it("reads back what encodeNotices wrote, as an array or a single event", () => {
    const events = [clicks(2), sale()];
    expect(decodeNotice(encodeNotices(events)[0]!)).toEqual({ events, malformed: false });
    expect(decodeNotice(JSON.stringify(events[1]))).toEqual({
      events: [events[1]],
      malformed: false,
    });
  });

  it("accepts the JSON PostgreSQL writes (timestamps with an offset and microseconds)", () => {
    const event = { ...clicks(1), at: "2025-03-01T10:00:00.123456+02:00" };
    expect(decodeNotice(JSON.stringify([event])).events).toEqual([event]);
  });

  it("skips what is not an event: bad JSON, bad shapes, foreign fields, huge counts", () => {
    const good = clicks(1);
    expect(decodeNotice("not json")).toEqual({ events: [], malformed: true });
    expect(decodeNotice("null")).toEqual({ events: [], malformed: true });
    const mixed = JSON.stringify([
      good,
      { ...good, kind: "logout" },
      { ...good, enrollmentId: "<script>" },
      { ...good, clicks: -1 },
      { ...sale(), commission: "1.5" },
      { ...sale(), type: "refund" },
      42,
    ]);
    expect(decodeNotice(mixed)).toEqual({ events: [good], malformed: true });
  });

  it("validates only the events of partners the process serves", () => {
    const mine = clicks(1);
    const theirs = { ...clicks(1), clicks: "not checked" };
    const decoded = decodeNotice(JSON.stringify([mine, theirs]), (id) => id === mine.enrollmentId);
    expect(decoded).toEqual({ events: [mine], malformed: false });
  });
});
