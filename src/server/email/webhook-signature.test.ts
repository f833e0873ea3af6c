import { describe, expect, it } from "vitest";
import { svixSignature, verifySvixSignature } from "./webhook-signature";

const secret = `whsec_${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`;
const body = JSON.stringify({ type: "email.delivered", data: { email_id: "e1" } });
const now = 1_760_000_000_000;
const timestamp = String(now / 1000);
const signed = (overrides: Partial<Record<"id" | "timestamp" | "signature", string>> = {}) => ({
  id: "msg_1",
  timestamp,
  signature: svixSignature(secret, "msg_1", timestamp, body),
  ...overrides,
});

describe("verifySvixSignature", () => {
  it("accepts a correctly signed body", () => {
    expect(verifySvixSignature(secret, signed(), body, now)).toBe(true);
  });

  it("matches Svix's published example (v1 HMAC-SHA256 of id.timestamp.body)", () => {
    // https://docs.svix.com/receiving/verifying-payloads/how-manual
    const example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const sig = svixSignature(
      example,
      "msg_p5jXN8AQM9LWM0D4loKWxJek",
      "1614265330",
      '{"test": 2432232314}',
    );
    expect(sig).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("accepts one matching signature among several (secret rotation)", () => {
    const header = `v1,${Buffer.alloc(32).toString("base64")} ${signed().signature}`;
    expect(verifySvixSignature(secret, signed({ signature: header }), body, now)).toBe(true);
  });

  it("refuses a changed body, id or timestamp, another secret, or missing headers", () => {
    expect(verifySvixSignature(secret, signed(), body.replace("e1", "e2"), now)).toBe(false);
    expect(verifySvixSignature(secret, signed({ id: "msg_2" }), body, now)).toBe(false);
    const other = `whsec_${Buffer.from("another key entirely............").toString("base64")}`;
    expect(verifySvixSignature(other, signed(), body, now)).toBe(false);
    expect(verifySvixSignature(secret, { ...signed(), signature: null }, body, now)).toBe(false);
    expect(verifySvixSignature(secret, signed({ signature: "v1,short" }), body, now)).toBe(false);
    expect(verifySvixSignature(secret, signed({ signature: "v2,abc" }), body, now)).toBe(false);
  });

  it("refuses timestamps more than five minutes old or ahead", () => {
    const stale = String(now / 1000 - 301);
    const staleSig = svixSignature(secret, "msg_1", stale, body);
    expect(
      verifySvixSignature(secret, signed({ timestamp: stale, signature: staleSig }), body, now),
    ).toBe(false);
    const ahead = String(now / 1000 + 301);
    const aheadSig = svixSignature(secret, "msg_1", ahead, body);
    expect(
      verifySvixSignature(secret, signed({ timestamp: ahead, signature: aheadSig }), body, now),
    ).toBe(false);
    const recent = String(now / 1000 - 299);
    const recentSig = svixSignature(secret, "msg_1", recent, body);
    expect(
      verifySvixSignature(secret, signed({ timestamp: recent, signature: recentSig }), body, now),
    ).toBe(true);
  });
});
