import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signPayload, verifySignature } from "./signature";

const secret = "whsec_current";
const previous = "whsec_previous";
const body = JSON.stringify({ type: "sale", external_id: "o-1", amount: 1999 });
const now = 1_760_000_000;

describe("signPayload", () => {
  it("signs t.<body> with HMAC-SHA256 in hex", () => {
    const expected = createHmac("sha256", secret).update(`${now}.${body}`).digest("hex");
    expect(signPayload(secret, body, now)).toBe(`t=${now},v1=${expected}`);
  });

  it("rejects a timestamp that is not whole seconds", () => {
    expect(() => signPayload(secret, body, 1.5)).toThrow(RangeError);
    expect(() => signPayload(secret, body, -1)).toThrow(RangeError);
  });
});

describe("verifySignature", () => {
  const header = signPayload(secret, body, now);

  it("accepts a fresh, correct signature", () => {
    expect(verifySignature(header, body, [secret], now)).toEqual({ ok: true });
  });

  it("accepts the old secret while two are active during rotation", () => {
    const oldHeader = signPayload(previous, body, now);
    expect(verifySignature(oldHeader, body, [secret, previous], now)).toEqual({ ok: true });
    expect(verifySignature(oldHeader, body, [secret], now)).toEqual({
      ok: false,
      reason: "mismatch",
    });
  });

  it("accepts any of several v1 entries and ignores unknown schemes", () => {
    const good = header.split("v1=")[1] ?? "";
    const multi = `t=${now},v0=deadbeef,v1=${"ab".repeat(32)},v1=${good},v2=zzz`;
    expect(verifySignature(multi, body, [secret], now)).toEqual({ ok: true });
    expect(verifySignature(` t = ${now} , v1 = ${good} `, body, [secret], now)).toEqual({
      ok: true,
    });
  });

  it("rejects a changed body", () => {
    expect(verifySignature(header, body.replace("1999", "9999"), [secret], now)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifySignature(header, body + " ", [secret], now)).toMatchObject({ ok: false });
  });

  it("rejects a wrong secret", () => {
    expect(verifySignature(header, body, ["whsec_other"], now)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifySignature(header, body, [], now)).toEqual({ ok: false, reason: "mismatch" });
  });

  it("never accepts an empty secret", () => {
    const forged = signPayload("", body, now);
    expect(verifySignature(forged, body, [""], now)).toEqual({ ok: false, reason: "mismatch" });
  });

  it("rejects a signature moved to another timestamp", () => {
    const sig = header.split("v1=")[1] ?? "";
    expect(verifySignature(`t=${now + 1},v1=${sig}`, body, [secret], now)).toEqual({
      ok: false,
      reason: "mismatch",
    });
  });

  it("allows exactly the tolerance both ways and no more", () => {
    expect(verifySignature(header, body, [secret], now + 300)).toEqual({ ok: true });
    expect(verifySignature(header, body, [secret], now - 300)).toEqual({ ok: true });
    expect(verifySignature(header, body, [secret], now + 301)).toEqual({
      ok: false,
      reason: "stale",
    });
    // The request claims to come from the future.
    expect(verifySignature(header, body, [secret], now - 301)).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(verifySignature(header, body, [secret], now + 30, 10)).toEqual({
      ok: false,
      reason: "stale",
    });
  });

  it("reports a missing header", () => {
    expect(verifySignature(undefined, body, [secret], now)).toEqual({
      ok: false,
      reason: "missing",
    });
    expect(verifySignature("  ", body, [secret], now)).toEqual({ ok: false, reason: "missing" });
  });

  it.each([
    "garbage",
    `v1=${"ab".repeat(32)}`,
    `t=${now}`,
    `t=${now},v0=abcd`,
    `t=abc,v1=${"ab".repeat(32)}`,
    `t=-5,v1=${"ab".repeat(32)}`,
    `t=1.5,v1=${"ab".repeat(32)}`,
    `t=${now},t=${now},v1=${"ab".repeat(32)}`,
    `t=${now},v1`,
    `=x,t=${now},v1=ab`,
  ])("reports a malformed header %j", (value) => {
    expect(verifySignature(value, body, [secret], now)).toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it("treats wrong-length or non-hex signatures as a mismatch without throwing", () => {
    const sig = header.split("v1=")[1] ?? "";
    for (const v1 of [sig.slice(0, -2), sig + "00", "", "abc", sig.replace(/^../, "zz"), "ab"]) {
      expect(verifySignature(`t=${now},v1=${v1}`, body, [secret], now)).toEqual({
        ok: false,
        reason: "mismatch",
      });
    }
  });

  it("accepts an upper-case hex signature", () => {
    const sig = (header.split("v1=")[1] ?? "").toUpperCase();
    expect(verifySignature(`t=${now},v1=${sig}`, body, [secret], now)).toEqual({ ok: true });
  });
});
