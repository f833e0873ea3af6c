import { describe, expect, it } from "vitest";
import type { ClickEvent } from "../record-events";
import { decodeClicks, encodeClick } from "./spool-record";

const click = (id: string): ClickEvent => ({
  kind: "click",
  id,
  occurredAt: 1_765_000_000_123,
  programId: "7d3c2a4e-0000-4000-8000-000000000001",
  linkId: "7d3c2a4e-0000-4000-8000-000000000002",
  enrollmentId: "7d3c2a4e-0000-4000-8000-000000000003",
  billable: true,
  isUnique: false,
  ipHash: "abc",
  country: null,
  subId: 'summer "sale"\n',
});

describe("spool records", () => {
  it("round-trips clicks in order", () => {
    const text = encodeClick(click("a")) + encodeClick(click("b"));
    expect(decodeClicks(text)).toEqual({ clicks: [click("a"), click("b")], skipped: 0 });
  });

  it("torn-record recovery: skips a last record cut short by a crash", () => {
    const whole = encodeClick(click("a")) + encodeClick(click("b"));
    const torn = whole + encodeClick(click("c")).slice(0, 30);
    expect(decodeClicks(torn)).toEqual({ clicks: [click("a"), click("b")], skipped: 1 });
  });

  it("checksum: skips a damaged record and keeps the ones after it", () => {
    const damaged = encodeClick(click("b")).replace('"b"', '"x"');
    const text = encodeClick(click("a")) + damaged + encodeClick(click("c"));
    expect(decodeClicks(text)).toEqual({ clicks: [click("a"), click("c")], skipped: 1 });
  });
});
