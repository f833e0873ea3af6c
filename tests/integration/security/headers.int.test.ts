/**
 * The security headers of the web app (through its proxy, called as Next calls it) and of the
 * ingest server (a real one on a free port). One test per guard.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "~/env";
import { config, proxy } from "~/proxy";
import { makePartner, makeProgram } from "../../support/factories";
import { makeLink, request, startIngest } from "../ingest/fixtures";

const SESSION = { cookie: "authjs.session-token=x" };

function call(pathname: string, settings: { AUTH_URL?: string; NODE_ENV?: string } = {}) {
  resetEnvForTests({ AUTH_URL: "http://localhost:3000", NODE_ENV: "production", ...settings });
  return proxy(new NextRequest(new URL(pathname, "http://localhost:3000"), { headers: SESSION }));
}

afterEach(() => resetEnvForTests());

/** Every page and route handler of src/app as a URL, with sample values for its parameters. */
function appUrls(): string[] {
  const root = path.resolve(import.meta.dirname, "../../../src/app");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" });
  return files
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file))
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment))
        .map((segment) =>
          segment.replace(/^\[\.\.\.(.+)\]$/, "$1/more").replace(/^\[(.+)\]$/, "$1"),
        );
      return `/${segments.join("/")}`;
    });
}

describe("web app", () => {
  it("proxy matcher: covers every page and route handler, skips static assets", () => {
    const urls = appUrls();
    expect(urls).toEqual(
      expect.arrayContaining(["/", "/portal", "/api/health", "/p/slug/subscribe"]),
    );
    for (const url of urls) {
      expect(unstable_doesMiddlewareMatch({ config, url }), url).toBe(true);
    }
    for (const url of [
      "/_next/static/chunks/main.js",
      "/_next/image?url=x",
      "/favicon.ico",
      "/icon.svg",
    ]) {
      expect(unstable_doesMiddlewareMatch({ config, url }), url).toBe(false);
    }
  });

  it("page CSP: a fresh nonce per request, forwarded to Next so its own scripts carry it", () => {
    const first = call("/portal");
    const second = call("/portal");
    const policy = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // NextResponse.next({ request: { headers } }) hands the request headers to the renderer.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  it("page CSP: scripts by nonce only, no inline scripts, no plugins, no base, no framing", () => {
    const policy = call("/").headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("page CSP: 'unsafe-eval' in development only", () => {
    const policy = call("/", { NODE_ENV: "development" }).headers.get("content-security-policy");
    expect(policy).toMatch(/script-src[^;]*'unsafe-eval'/);
  });

  it("route handler CSP: a sandbox without framing, which handlers cannot weaken", () => {
    const response = call("/api/health");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'",
    );
    // No nonce reaches a handler: it renders no scripts.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBeNull();
  });

  it("nosniff on pages, route handlers and the sign-in redirect", () => {
    for (const url of ["/", "/portal/earnings", "/api/trpc/x", "/api/public/creatives/a/b"]) {
      expect(call(url).headers.get("x-content-type-options"), url).toBe("nosniff");
    }
  });

  it("Referrer-Policy: strict-origin-when-cross-origin everywhere", () => {
    for (const url of ["/", "/api/health"]) {
      expect(call(url).headers.get("referrer-policy"), url).toBe("strict-origin-when-cross-origin");
    }
  });

  it("Permissions-Policy: no camera, microphone, geolocation, payment or USB", () => {
    for (const url of ["/", "/api/health"]) {
      const policy = call(url).headers.get("permissions-policy")!;
      for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
        expect(policy, url).toContain(`${feature}=()`);
      }
    }
  });

  it("X-Frame-Options: DENY with frame-ancestors 'none'", () => {
    for (const url of ["/", "/p/demo/subscribe", "/api/health"]) {
      const response = call(url);
      expect(response.headers.get("content-security-policy"), url).toContain(
        "frame-ancestors 'none'",
      );
      expect(response.headers.get("x-frame-options"), url).toBe("DENY");
    }
  });

  it("Strict-Transport-Security: only when the public address is https", () => {
    expect(
      call("/", { AUTH_URL: "https://rally.example" }).headers.get("strict-transport-security"),
    ).toBe("max-age=31536000");
    expect(
      call("/api/health", { AUTH_URL: "https://rally.example" }).headers.get(
        "strict-transport-security",
      ),
    ).toBe("max-age=31536000");
    expect(call("/").headers.get("strict-transport-security")).toBeNull();
  });

  it("signed-out redirect: /portal and /manage still send visitors without a session to sign-in", () => {
    resetEnvForTests({ NODE_ENV: "production" });
    for (const url of ["/portal/earnings?x=1", "/manage"]) {
      const response = proxy(new NextRequest(new URL(url, "http://localhost:3000")));
      expect(response.status, url).toBe(307);
      const location = new URL(response.headers.get("location")!);
      expect(location.pathname + "?" + location.searchParams.toString()).toBe(
        `/signin?next=${encodeURIComponent(url)}`,
      );
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
    for (const url of ["/", "/signin", "/p/demo/subscribe", "/api/health"]) {
      const response = proxy(new NextRequest(new URL(url, "http://localhost:3000")));
      expect(response.headers.get("location"), url).toBeNull();
    }
  });
});

describe("ingest server", () => {
  let ingest: Awaited<ReturnType<typeof startIngest>>;
  let code: string;
  beforeAll(async () => {
    ingest = await startIngest();
    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    code = (await makeLink(program.id, enrollment.id)).code;
  });
  afterAll(() => ingest.close());

  it("ingest nosniff: on redirects, pixels, pages, health and every API answer", async () => {
    const answers = {
      redirect: await request(ingest.port, `/r/${code}`),
      unknownLink: await request(ingest.port, "/r/nosuchcode"),
      pixel: await request(ingest.port, `/i/${code}.gif`),
      health: await request(ingest.port, "/health"),
      openapi: await request(ingest.port, "/api/openapi.json"),
      apiUnauthorized: await request(ingest.port, "/api/v1/conversions", { method: "POST" }),
      apiNotFound: await request(ingest.port, "/api/v1/nothing"),
    };
    expect(answers.redirect.status).toBe(302);
    expect(answers.apiUnauthorized.headers["content-type"]).toMatch(/^application\/json/);
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer.headers["x-content-type-options"], name).toBe("nosniff");
    }
  });

  it("ingest Referrer-Policy: redirects pass the partner page's referrer on, the rest trim it", async () => {
    const redirect = await request(ingest.port, `/r/${code}`);
    expect(redirect.status).toBe(302);
    expect(redirect.headers["referrer-policy"]).toBe("no-referrer-when-downgrade");
    for (const url of [`/i/${code}.gif`, "/health", "/api/openapi.json"]) {
      const answer = await request(ingest.port, url);
      expect(answer.headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    }
  });
});
