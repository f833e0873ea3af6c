import { NextResponse, type NextRequest } from "next/server";
import { appUrl, env } from "~/env";
import {
  commonSecurityHeaders,
  isRouteHandlerPath,
  newNonce,
  pageContentSecurityPolicy,
  ROUTE_HANDLER_CSP,
  type SecuritySettings,
} from "~/server/http/security-headers";

/**
 * Every page and route handler passes here (Next 16 runs the proxy in Node, so the validated
 * environment is readable). Pages get a Content-Security-Policy with a fresh nonce, which Next
 * reads from the forwarded request header and puts on its own scripts; every answer gets the
 * common security headers (src/server/http/security-headers.ts holds the policy).
 */
export function proxy(request: NextRequest) {
  const settings: SecuritySettings = {
    https: new URL(appUrl()).protocol === "https:",
    development: env().NODE_ENV === "development",
  };
  const { pathname } = request.nextUrl;
  if (isRouteHandlerPath(pathname)) {
    return secured(NextResponse.next(), ROUTE_HANDLER_CSP, settings);
  }
  if (needsSession(pathname) && !hasSession(request)) {
    return secured(signInRedirect(request), ROUTE_HANDLER_CSP, settings);
  }
  const csp = pageContentSecurityPolicy(newNonce(), settings);
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", csp);
  return secured(NextResponse.next({ request: { headers: forwarded } }), csp, settings);
}

function secured(response: NextResponse, csp: string, settings: SecuritySettings) {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(commonSecurityHeaders(settings))) {
    response.headers.set(name, value);
  }
  return response;
}

function needsSession(pathname: string): boolean {
  return /^\/(portal|manage)(\/|$)/.test(pathname);
}

function hasSession(request: NextRequest): boolean {
  return request.cookies.getAll().some((cookie) => cookie.name.endsWith("authjs.session-token"));
}

/**
 * Sends visitors without a session cookie to sign-in, remembering where they were going. This
 * is a convenience only: every procedure checks the session itself.
 */
function signInRedirect(request: NextRequest) {
  const url = new URL("/signin", request.url);
  url.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

// Everything but Next's build output and the icon: those are static files, not documents.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"] };
