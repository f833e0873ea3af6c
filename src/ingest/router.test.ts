import { describe, expect, it } from "vitest";
import { matchRoute } from "./router";

describe("matchRoute", () => {
  it("routes tracking links and pixels with their query", () => {
    expect(matchRoute("GET", "/r/Ab3dE9xZ")).toEqual({
      kind: "redirect",
      code: "Ab3dE9xZ",
      query: "",
    });
    expect(matchRoute("HEAD", "/r/Ab3dE9xZ?sub=x&u=1")).toEqual({
      kind: "redirect",
      code: "Ab3dE9xZ",
      query: "sub=x&u=1",
    });
    expect(matchRoute("GET", "/i/Ab3dE9xZ.gif?c=1")).toEqual({
      kind: "pixel",
      code: "Ab3dE9xZ",
      query: "c=1",
    });
    expect(matchRoute("GET", "/i/Ab3dE9xZ")).toEqual({
      kind: "pixel",
      code: "Ab3dE9xZ",
      query: "",
    });
  });

  it("matches nothing for codes with anything unusual in them", () => {
    for (const url of [
      "/r/",
      "/r//evil.com",
      "/r/a/b",
      "/r/abc/",
      "/r/a%2Fb",
      "/r/..%2F..",
      "/r/a\\b",
      "/r/%0d%0aLocation:x",
      "/r/ab.c",
      `/r/${"a".repeat(65)}`,
      "/R/abc",
      "//r/abc",
      "/i/.gif",
      "/i/abc.png",
    ]) {
      expect(matchRoute("GET", url)).toEqual({ kind: "notFound", api: false });
    }
  });

  it("routes the conversion API and its documentation", () => {
    expect(matchRoute("POST", "/api/v1/conversions")).toEqual({ kind: "createConversion" });
    expect(
      matchRoute("POST", "/api/v1/conversions/0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44/refunds"),
    ).toEqual({
      kind: "createRefund",
      conversionId: "0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44",
    });
    expect(matchRoute("GET", "/api/openapi.json")).toEqual({ kind: "openapi" });
    expect(matchRoute("GET", "/health")).toEqual({ kind: "health" });
    expect(matchRoute("GET", "/metrics?x=1")).toEqual({ kind: "metrics" });
    expect(matchRoute("POST", "/metrics").kind).toBe("methodNotAllowed");
  });

  it("answers wrong methods with what is allowed", () => {
    expect(matchRoute("GET", "/api/v1/conversions")).toEqual({
      kind: "methodNotAllowed",
      allow: "POST",
      api: true,
    });
    expect(matchRoute("POST", "/r/abc")).toEqual({
      kind: "methodNotAllowed",
      allow: "GET, HEAD",
      api: false,
    });
  });

  it("tells API misses from page misses", () => {
    expect(matchRoute("GET", "/api/v2/anything")).toEqual({ kind: "notFound", api: true });
    expect(matchRoute("POST", "/api/v1/conversions/a%2Fb/refunds")).toEqual({
      kind: "notFound",
      api: true,
    });
    expect(matchRoute("GET", "/")).toEqual({ kind: "notFound", api: false });
    expect(matchRoute("GET", "/apix")).toEqual({ kind: "notFound", api: false });
  });
});
