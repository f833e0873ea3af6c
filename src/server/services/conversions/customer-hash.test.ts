import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { customerHash } from "./customer-hash";

describe("customerHash", () => {
  it("is an HMAC-SHA256 of the trimmed lower-cased value", () => {
    const expected = createHmac("sha256", "k").update("buyer@example.com").digest("hex");
    expect(customerHash("  Buyer@Example.COM ", "k")).toBe(expected);
  });

  it("depends on the key, so it cannot be recomputed without it", () => {
    expect(customerHash("buyer@example.com", "k1")).not.toBe(
      customerHash("buyer@example.com", "k2"),
    );
  });
});
