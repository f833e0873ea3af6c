import { describe, expect, it } from "vitest";
import { REDIRECT_REFERRER_POLICY, ingestSecurityHeaders } from "./security-headers";

describe("ingestSecurityHeaders", () => {
  it("forbids sniffing on every answer", () => {
    for (const route of ["redirect", "pixel", "health", "createConversion", "notFound"] as const) {
      expect(ingestSecurityHeaders(route)["X-Content-Type-Options"]).toBe("nosniff");
    }
  });

  it("passes the partner page's referrer on through redirects, and trims it elsewhere", () => {
    expect(ingestSecurityHeaders("redirect")["Referrer-Policy"]).toBe(REDIRECT_REFERRER_POLICY);
    expect(REDIRECT_REFERRER_POLICY).toBe("no-referrer-when-downgrade");
    expect(ingestSecurityHeaders("pixel")["Referrer-Policy"]).toBe(
      "strict-origin-when-cross-origin",
    );
  });
});
