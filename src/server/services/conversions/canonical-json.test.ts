import { describe, expect, it } from "vitest";
import { canonicalJson, requestHash } from "./canonical-json";

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it("gives equal hashes for equal data in any key order, different for other data", () => {
    const one = requestHash({ type: "sale", amount: 100, metadata: { a: 1, b: 2 } });
    expect(requestHash({ metadata: { b: 2, a: 1 }, amount: 100, type: "sale" })).toBe(one);
    expect(requestHash({ type: "sale", amount: 101, metadata: { a: 1, b: 2 } })).not.toBe(one);
    expect(requestHash({ type: "sale", amount: 100, metadata: { a: 1, b: "2" } })).not.toBe(one);
    expect(one).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps array order (it is meaningful)", () => {
    expect(requestHash([1, 2])).not.toBe(requestHash([2, 1]));
  });
});
