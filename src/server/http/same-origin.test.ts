import { describe, expect, it } from "vitest";
import { isJsonRequest, isSameOriginRequest } from "./same-origin";

const app = "https://rally.example";
const sameOrigin = (headers: Record<string, string>) =>
  isSameOriginRequest(new Headers(headers), app);

describe("isSameOriginRequest", () => {
  it("admits the app's own pages and requests the user typed", () => {
    expect(sameOrigin({ origin: app, "sec-fetch-site": "same-origin" })).toBe(true);
    expect(sameOrigin({ "sec-fetch-site": "none" })).toBe(true);
    expect(sameOrigin({ origin: app })).toBe(true);
    expect(sameOrigin({ "sec-fetch-site": "Same-Origin" })).toBe(true);
  });

  it("admits clients that are not browsers (no Origin, no fetch metadata)", () => {
    expect(sameOrigin({})).toBe(true);
  });

  it("refuses another site, a sibling subdomain and opaque origins", () => {
    expect(sameOrigin({ origin: "https://evil.example" })).toBe(false);
    expect(sameOrigin({ "sec-fetch-site": "cross-site" })).toBe(false);
    expect(sameOrigin({ "sec-fetch-site": "same-site" })).toBe(false);
    expect(
      sameOrigin({ origin: "https://evil.rally.example", "sec-fetch-site": "same-site" }),
    ).toBe(false);
    expect(sameOrigin({ origin: "null" })).toBe(false);
  });

  it("needs both signals to agree when both are sent", () => {
    expect(sameOrigin({ origin: app, "sec-fetch-site": "cross-site" })).toBe(false);
    expect(sameOrigin({ origin: "https://evil.example", "sec-fetch-site": "same-origin" })).toBe(
      false,
    );
  });

  it("compares the whole origin: scheme and port count", () => {
    expect(sameOrigin({ origin: "http://rally.example" })).toBe(false);
    expect(sameOrigin({ origin: "https://rally.example:8443" })).toBe(false);
    expect(sameOrigin({ origin: `${app}/` })).toBe(false);
  });
});

describe("isJsonRequest", () => {
  it("takes application/json with or without parameters", () => {
    expect(isJsonRequest(new Headers({ "content-type": "application/json" }))).toBe(true);
    expect(isJsonRequest(new Headers({ "content-type": "Application/JSON; charset=utf-8" }))).toBe(
      true,
    );
  });

  it("refuses what a plain form can send, and no type at all", () => {
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonp",
    ]) {
      expect(isJsonRequest(new Headers({ "content-type": type })), type).toBe(false);
    }
    expect(isJsonRequest(new Headers())).toBe(false);
  });
});
