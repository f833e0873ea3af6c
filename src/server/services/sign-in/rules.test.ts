import { describe, expect, it } from "vitest";
import { parseEnv } from "~/env";
import { redactSignInUrl, signInLimits } from "./rules";

describe("redactSignInUrl", () => {
  it("replaces the token and keeps the rest of the link", () => {
    const url =
      "https://rally.example/api/auth/callback/email?callbackUrl=%2Fportal&token=abc123secret&email=a%40example.com";
    const redacted = redactSignInUrl(url);
    expect(redacted).not.toContain("abc123secret");
    const params = new URL(redacted).searchParams;
    expect(params.get("token")).toBe("redacted");
    expect(params.get("email")).toBe("a@example.com");
    expect(params.get("callbackUrl")).toBe("/portal");
  });

  it("leaves a link without a token alone", () => {
    expect(redactSignInUrl("https://rally.example/signin")).toBe("https://rally.example/signin");
  });
});

describe("signInLimits", () => {
  it("defaults to 5 per 15 minutes per address and 30 per hour per client address", () => {
    expect(signInLimits(parseEnv({}))).toEqual({
      perAddress: { limit: 5, windowMs: 15 * 60_000 },
      perIp: { limit: 30, windowMs: 60 * 60_000 },
    });
  });

  it("takes other figures from the environment", () => {
    const limits = signInLimits(
      parseEnv({ SIGN_IN_ADDRESS_LIMIT: "2", SIGN_IN_IP_WINDOW_MINUTES: "5" }),
    );
    expect(limits.perAddress.limit).toBe(2);
    expect(limits.perIp.windowMs).toBe(5 * 60_000);
  });
});
