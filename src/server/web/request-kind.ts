/**
 * A request's kind for the metrics' `route_kind` label: a few fixed names, never the path
 * itself, which would make a series per page, id and token.
 */
export function webRouteKind(path: string): string {
  if (path.startsWith("/_next/")) return "static";
  if (path.startsWith("/api/trpc/")) {
    // Live dashboards are tRPC subscriptions over server-sent events: one request lasts as
    // long as the page is open, so their durations are kept apart from ordinary calls.
    return path.includes(".live.") ? "live" : "trpc";
  }
  if (path.startsWith("/api/auth/")) return "auth";
  if (path === "/api" || path.startsWith("/api/")) return "api";
  if (path === "/metrics") return "metrics";
  return "page";
}
