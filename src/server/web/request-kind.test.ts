import { describe, expect, it } from "vitest";
import { webRouteKind } from "./request-kind";

describe("webRouteKind", () => {
  it("names a few kinds, never the path", () => {
    expect(webRouteKind("/_next/static/chunks/a.js")).toBe("static");
    expect(webRouteKind("/api/trpc/partner.live.events")).toBe("live");
    expect(webRouteKind("/api/trpc/partner.links.list,partner.stats.summary")).toBe("trpc");
    expect(webRouteKind("/api/auth/callback/email")).toBe("auth");
    expect(webRouteKind("/api/health")).toBe("api");
    expect(webRouteKind("/metrics")).toBe("metrics");
    expect(webRouteKind("/manage/acme/partners/123")).toBe("page");
  });
});
