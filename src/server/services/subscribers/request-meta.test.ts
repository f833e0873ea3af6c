import { describe, expect, it } from "vitest";
import { requestMetaFrom } from "./request-meta";

const headers = (values: Record<string, string>) => new Headers(values);

describe("requestMetaFrom", () => {
  it("hashes the first forwarded address and keeps the browser", () => {
    const meta = requestMetaFrom(
      headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "user-agent": "Firefox" }),
      "secret-0123456789abcdef",
    );
    expect(meta.userAgent).toBe("Firefox");
    expect(meta.ipHash).toMatch(/^[0-9a-f]{32}$/);
    expect(meta.ipHash).not.toContain("203.0.113.7");
    const same = requestMetaFrom(
      headers({ "x-forwarded-for": "203.0.113.7" }),
      "secret-0123456789abcdef",
    );
    expect(same.ipHash).toBe(meta.ipHash);
  });

  it("keeps no address without one or without a secret", () => {
    expect(requestMetaFrom(headers({}), "secret-0123456789abcdef").ipHash).toBeNull();
    expect(requestMetaFrom(headers({ "x-forwarded-for": "203.0.113.7" }), "").ipHash).toBeNull();
  });
});
