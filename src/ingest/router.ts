/**
 * Maps a request line to a route without touching the request: paths are matched as sent,
 * never decoded or normalised first, so "/r/a%2Fb", "/r//evil.com" or "/r/a/../b" simply match
 * nothing. Link codes are short base62 (letters, digits, "-" and "_" for hand-made ones).
 */
export type Route =
  | { kind: "redirect"; code: string; query: string }
  | { kind: "pixel"; code: string; query: string }
  | { kind: "health" }
  | { kind: "ready" }
  | { kind: "metrics" }
  | { kind: "createConversion" }
  | { kind: "createRefund"; conversionId: string }
  | { kind: "openapi" }
  | { kind: "methodNotAllowed"; allow: string; api: boolean }
  | { kind: "notFound"; api: boolean };

const CODE = /^[A-Za-z0-9_-]{1,64}$/;
const SEGMENT = /^[A-Za-z0-9._~-]{1,128}$/;
const REFUNDS = /^\/api\/v1\/conversions\/([^/]+)\/refunds$/;

const READ = "GET, HEAD";

export function matchRoute(method: string, url: string): Route {
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? "" : url.slice(q + 1);
  const read = method === "GET" || method === "HEAD";

  if (path.startsWith("/r/")) {
    const code = path.slice(3);
    if (!CODE.test(code)) return { kind: "notFound", api: false };
    return read ? { kind: "redirect", code, query } : notAllowed(READ, false);
  }
  if (path.startsWith("/i/")) {
    const rest = path.slice(3);
    const code = rest.endsWith(".gif") ? rest.slice(0, -4) : rest;
    if (!CODE.test(code)) return { kind: "notFound", api: false };
    return read ? { kind: "pixel", code, query } : notAllowed(READ, false);
  }
  if (path === "/health") return read ? { kind: "health" } : notAllowed(READ, false);
  if (path === "/ready") return read ? { kind: "ready" } : notAllowed(READ, false);
  if (path === "/metrics") return read ? { kind: "metrics" } : notAllowed(READ, false);
  if (path === "/api/openapi.json") return read ? { kind: "openapi" } : notAllowed(READ, true);
  if (path === "/api/v1/conversions") {
    return method === "POST" ? { kind: "createConversion" } : notAllowed("POST", true);
  }
  const refund = REFUNDS.exec(path);
  if (refund && SEGMENT.test(refund[1]!)) {
    return method === "POST"
      ? { kind: "createRefund", conversionId: refund[1]! }
      : notAllowed("POST", true);
  }
  return { kind: "notFound", api: path === "/api" || path.startsWith("/api/") };
}

function notAllowed(allow: string, api: boolean): Route {
  return { kind: "methodNotAllowed", allow, api };
}
