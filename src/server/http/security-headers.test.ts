import { describe, expect, it } from "vitest";
import {
  commonSecurityHeaders,
  isRouteHandlerPath,
  newNonce,
  pageContentSecurityPolicy,
  ROUTE_HANDLER_CSP,
} from "./security-headers";

const production = { https: true, development: false };
const directives = (policy: string) =>
  new Map(
    policy.split("; ").map((directive) => {
      const [name, ...values] = directive.split(" ");
      return [name!, values] as const;
    }),
  );

describe("pageContentSecurityPolicy", () => {
  it("runs only scripts with this response's nonce, never inline or eval in production", () => {
    const policy = directives(pageContentSecurityPolicy("abc123", production));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
  });

  it("allows eval in development only", () => {
    const policy = pageContentSecurityPolicy("n", { https: false, development: true });
    expect(directives(policy).get("script-src")).toContain("'unsafe-eval'");
  });

  it("shuts plugins, base URLs, foreign forms and framing", () => {
    const policy = directives(pageContentSecurityPolicy("n", production));
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("frames only the allowlisted video players", () => {
    const policy = directives(pageContentSecurityPolicy("n", production));
    expect(policy.get("frame-src")).toEqual([
      "https://www.youtube-nocookie.com",
      "https://player.vimeo.com",
      "https://www.loom.com",
    ]);
  });

  it("keeps a nonce out of style-src, where it would switch 'unsafe-inline' off", () => {
    const policy = directives(pageContentSecurityPolicy("n", production));
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("upgrades insecure requests only on an https deployment", () => {
    expect(pageContentSecurityPolicy("n", production)).toContain("upgrade-insecure-requests");
    expect(pageContentSecurityPolicy("n", { ...production, https: false })).not.toContain(
      "upgrade-insecure-requests",
    );
  });
});

describe("ROUTE_HANDLER_CSP", () => {
  it("is at least as strict as the stored-file routes' own policy, which it replaces", () => {
    const policy = directives(ROUTE_HANDLER_CSP);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.has("sandbox")).toBe(true);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });
});

describe("commonSecurityHeaders", () => {
  it("sets nosniff, the referrer policy, the permissions policy and DENY framing", () => {
    const headers = commonSecurityHeaders(production);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
    }
    // Lesson videos and "copy embed code" need these.
    for (const feature of ["fullscreen", "picture-in-picture", "clipboard-write"]) {
      expect(headers["Permissions-Policy"]).not.toContain(feature);
    }
  });

  it("sends Strict-Transport-Security only for an https deployment", () => {
    expect(commonSecurityHeaders(production)["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(commonSecurityHeaders({ ...production, https: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
  });
});

describe("newNonce", () => {
  it("is fresh each time and at least 128 bits", () => {
    const nonce = newNonce();
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(nonce);
  });
});

describe("isRouteHandlerPath", () => {
  it("tells route handlers under /api from pages", () => {
    expect(isRouteHandlerPath("/api/trpc/x")).toBe(true);
    expect(isRouteHandlerPath("/api")).toBe(true);
    expect(isRouteHandlerPath("/apis")).toBe(false);
    expect(isRouteHandlerPath("/portal")).toBe(false);
  });
});
