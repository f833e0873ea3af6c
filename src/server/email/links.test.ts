import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "~/env";
import {
  emailLinkToken,
  preferencesUrl,
  unsubscribeToken,
  unsubscribeUrls,
  verifyEmailLinkToken,
  type EmailLinkPayload,
} from "./links";

const payload: EmailLinkPayload = {
  kind: "subscriber",
  id: "0b8e6a52-4a39-4c59-9f3e-2f0a1c3d4e5f",
  scope: "all",
};

describe("signed email links", () => {
  const settings = {
    AUTH_SECRET: "a-long-enough-test-secret-0123456789",
    AUTH_URL: "https://rally.example",
  };
  beforeEach(() => resetEnvForTests(settings));
  afterEach(() => resetEnvForTests());

  it("round-trips every kind and scope and is url-safe", () => {
    for (const kind of ["subscriber", "partner"] as const)
      for (const scope of ["newsletters", "digest", "announcements", "all"] as const) {
        const token = emailLinkToken({ ...payload, kind, scope });
        expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
        expect(encodeURIComponent(token)).toBe(token);
        expect(verifyEmailLinkToken(token)).toEqual({ ...payload, kind, scope });
      }
    expect(unsubscribeToken(payload)).toBe(emailLinkToken(payload));
  });

  it("never expires: the same payload always gives the same token", () => {
    expect(emailLinkToken(payload)).toBe(emailLinkToken({ ...payload }));
  });

  it("refuses altered, truncated, foreign or malformed tokens", () => {
    const token = emailLinkToken(payload);
    const [code, scope, id, mac] = token.split(".") as [string, string, string, string];
    expect(verifyEmailLinkToken(`p.${scope}.${id}.${mac}`)).toBeNull();
    expect(verifyEmailLinkToken(`${code}.digest.${id}.${mac}`)).toBeNull();
    expect(verifyEmailLinkToken(`${code}.${scope}.${id.replace(/.$/, "0")}.${mac}`)).toBeNull();
    expect(verifyEmailLinkToken(token.slice(0, -2))).toBeNull();
    expect(verifyEmailLinkToken("")).toBeNull();
    expect(verifyEmailLinkToken("a.b.c.d.e")).toBeNull();
    resetEnvForTests({ ...settings, AUTH_SECRET: "another-secret-entirely-0123456789" });
    expect(verifyEmailLinkToken(token)).toBeNull();
  });

  it("prefers EMAIL_LINK_SECRET over AUTH_SECRET", () => {
    const withAuth = emailLinkToken(payload);
    resetEnvForTests({ ...settings, EMAIL_LINK_SECRET: "dedicated-link-secret-0123456789" });
    expect(emailLinkToken(payload)).not.toBe(withAuth);
    expect(verifyEmailLinkToken(emailLinkToken(payload))).toEqual(payload);
  });

  it("builds the page, one-click and preference center URLs at the app's address", () => {
    const token = emailLinkToken(payload);
    expect(unsubscribeUrls(payload)).toEqual({
      url: `https://rally.example/unsubscribe?token=${token}`,
      oneClickUrl: `https://rally.example/api/email/unsubscribe?token=${token}`,
    });
    expect(preferencesUrl(payload)).toBe(`https://rally.example/preferences/${token}`);
  });

  it("rejects a payload that is not a uuid", () => {
    expect(() => emailLinkToken({ ...payload, id: "1; drop table" })).toThrow();
  });
});
