import { describe, expect, it } from "vitest";
import { liveConnections } from "~/server/observability/counts";
import { OwnerStreams } from "./owner-streams";

function stream(streams: OwnerStreams, owner: string) {
  const self = {
    ended: false,
    end() {
      if (self.ended) return;
      self.ended = true;
      // As a live subscription does: ending reports back.
      streams.release(owner, self);
    },
  };
  return self;
}

describe("OwnerStreams", () => {
  it("ends an owner's oldest stream when one more than the limit opens", () => {
    const streams = new OwnerStreams(2);
    const [a, b, c] = [stream(streams, "u"), stream(streams, "u"), stream(streams, "u")];
    streams.admit("u", a);
    streams.admit("u", b);
    expect(a.ended).toBe(false);
    streams.admit("u", c);
    expect([a.ended, b.ended, c.ended]).toEqual([true, false, false]);
    expect(streams.count("u")).toBe(2);
  });

  it("counts each owner apart", () => {
    const streams = new OwnerStreams(1);
    const mine = stream(streams, "me");
    const theirs = stream(streams, "them");
    streams.admit("me", mine);
    streams.admit("them", theirs);
    expect([mine.ended, theirs.ended]).toEqual([false, false]);
  });

  it("frees the place of a stream that ended on its own", () => {
    const streams = new OwnerStreams(1);
    const first = stream(streams, "u");
    streams.admit("u", first);
    first.end();
    expect(streams.count("u")).toBe(0);
    const second = stream(streams, "u");
    streams.admit("u", second);
    expect(second.ended).toBe(false);
    streams.release("u", second);
    streams.release("u", second);
    expect(streams.count("u")).toBe(0);
  });

  it("keeps the live_connections gauge at the number of streams open", () => {
    const before = liveConnections();
    const streams = new OwnerStreams(2);
    const [a, b, c] = [stream(streams, "u"), stream(streams, "u"), stream(streams, "u")];
    streams.admit("u", a);
    streams.admit("u", b);
    streams.admit("u", c);
    expect(liveConnections() - before).toBe(2);
    c.end();
    b.end();
    a.end();
    expect(liveConnections() - before).toBe(0);
  });
});
