import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "~/server/http/client-address";
import { requestMetaFrom } from "./request-meta";

const headers = (values: Record<string, string>) => new Headers(values);
const secret = "secret-0123456789abcdef";

describe("requestMetaFrom", () => {
  it("hashes the address the web server decided and keeps the browser", () => {
    const meta = requestMetaFrom(
      headers({ [CLIENT_IP_HEADER]: "203.0.113.7", "user-agent": "Firefox" }),
      secret,
    );
    expect(meta.userAgent).toBe("Firefox");
    expect(meta.ipHash).toMatch(/^[0-9a-f]{32}$/);
    expect(meta.ipHash).not.toContain("203.0.113.7");
    const same = requestMetaFrom(headers({ [CLIENT_IP_HEADER]: "203.0.113.7" }), secret);
    expect(same.ipHash).toBe(meta.ipHash);
  });

  it("never reads X-Forwarded-For", () => {
    const forged = requestMetaFrom(
      headers({ [CLIENT_IP_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" }),
      secret,
    );
    expect(forged.ipHash).toBe(
      requestMetaFrom(headers({ [CLIENT_IP_HEADER]: "203.0.113.7" }), secret).ipHash,
    );
    expect(
      requestMetaFrom(headers({ "x-forwarded-for": "198.51.100.1" }), secret).ipHash,
    ).toBeNull();
  });

  it("keeps no address without one or without a secret", () => {
    expect(requestMetaFrom(headers({}), secret).ipHash).toBeNull();
    expect(requestMetaFrom(headers({ [CLIENT_IP_HEADER]: "203.0.113.7" }), "").ipHash).toBeNull();
  });
});
