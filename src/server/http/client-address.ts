import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { clientIp } from "~/server/tracking/ip-hash";

/**
 * The one header the web app takes a client's address from. Only the web server entry
 * (src/server/web/web-server.ts) writes it, from the socket or, behind a trusted proxy, from
 * X-Forwarded-For; whatever a client sends under this name is dropped first.
 */
export const CLIENT_IP_HEADER = "x-rally-client-ip";

/**
 * Headers a client could forge to pose as another address, host or scheme. Without a trusted
 * proxy they are removed, and Next.js fills X-Forwarded-Host/-Proto/-Port/-For from the real
 * connection (it only sets them when absent).
 */
const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
] as const;

/**
 * Rewrites an incoming request's headers before Next.js sees them: sets CLIENT_IP_HEADER to
 * the client's address (the socket's peer; behind trusted proxies the X-Forwarded-For entry
 * they wrote, as the ingest server does) and, without trusted proxies, drops the forwarding
 * headers.
 */
export function forwardClientAddress(req: IncomingMessage, proxyHops: number): void {
  const ip = clientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], proxyHops);
  delete req.headers[CLIENT_IP_HEADER];
  if (proxyHops === 0) for (const name of FORWARDING_HEADERS) delete req.headers[name];
  if (ip) req.headers[CLIENT_IP_HEADER] = ip;
}

/**
 * A web request's client address, or null when it is unknown (a server not started through
 * the web server entry, such as `next dev`): per-IP limits then do not apply, and the
 * per-address ones still do. X-Forwarded-For is never read here.
 */
export function webClientIp(headers: { get(name: string): string | null }): string | null {
  const ip = headers.get(CLIENT_IP_HEADER)?.trim() ?? "";
  return isIP(ip) === 0 ? null : ip;
}
