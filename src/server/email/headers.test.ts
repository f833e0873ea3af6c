import { describe, expect, it } from "vitest";
import { batchIdempotencyKey, unsubscribeHeaders } from "./headers";

describe("unsubscribeHeaders", () => {
  const links = { oneClickUrl: "https://rally.example/api/email/unsubscribe?token=s.all.x.y" };

  it("names the one-click URL and asks for RFC 8058 one-click POSTs", () => {
    expect(unsubscribeHeaders(links, undefined)).toEqual({
      "List-Unsubscribe": `<${links.oneClickUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("adds a mailto target after the URL when one is configured", () => {
    expect(unsubscribeHeaders(links, "leave@rally.example")["List-Unsubscribe"]).toBe(
      `<${links.oneClickUrl}>, <mailto:leave@rally.example?subject=unsubscribe>`,
    );
  });
});

describe("batchIdempotencyKey", () => {
  it("is the same for the same members in any order and differs for another set", () => {
    const key = batchIdempotencyKey(["a", "b", "c"]);
    expect(key).toMatch(/^batch:[0-9a-f]{64}$/);
    expect(batchIdempotencyKey(["c", "a", "b"])).toBe(key);
    expect(batchIdempotencyKey(["a", "b"])).not.toBe(key);
    // Joined with a separator, so ["ab"] is not ["a", "b"].
    expect(batchIdempotencyKey(["ab"])).not.toBe(batchIdempotencyKey(["a", "b"]));
  });
});
