import { randomBytes } from "node:crypto";

/*
 * The web app's response security headers, decided here and applied by src/proxy.ts to every
 * page and route handler.
 *
 * No page is meant to be framed by another site, so every answer refuses framing: embed codes
 * are <a><img> snippets whose images come from /api/public/creatives/… (frame-ancestors and
 * X-Frame-Options do not apply to images), and the public subscribe form is linked, not
 * framed. A page that should be embeddable needs its own frame-ancestors here first.
 */

/** Where lesson videos play: the only players videoEmbedUrl() ever builds an address for. */
const VIDEO_PLAYERS = [
  "https://www.youtube-nocookie.com",
  "https://player.vimeo.com",
  "https://www.loom.com",
];

/**
 * What a portal never asks the browser for. Fullscreen, picture-in-picture, encrypted media
 * and the clipboard stay allowed: lesson videos and "copy embed code" use them.
 */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

export type SecuritySettings = {
  /** The public address (appUrl(), AUTH_URL) is https: browsers may be told to stay on https. */
  https: boolean;
  /** `next dev`: React rebuilds server error stacks with eval there, and only there. */
  development: boolean;
};

/** A fresh, unguessable nonce for one response's scripts. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * A page's policy. Scripts run only with this response's nonce; 'strict-dynamic' lets those
 * scripts load Next's chunks. Styles keep 'unsafe-inline' (and so take no nonce, which would
 * switch it off): server-rendered `style` attributes (React style props, recharts' wrappers)
 * cannot carry a nonce, and the newsletter and mailbox previews are srcdoc frames that inherit
 * this policy while their email HTML is styled inline. Images may come from any https host:
 * lesson and newsletter markdown may show pictures from the manager's own hosting, and an
 * image runs nothing.
 */
export function pageContentSecurityPolicy(nonce: string, settings: SecuritySettings): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${settings.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${VIDEO_PLAYERS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(settings.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * A route handler's policy: its answers (JSON, CSV, calendars, files, redirects) are never
 * documents to run. Next keeps the proxy's header over a handler's own, so this is also the
 * stored-file routes' policy (src/server/http/file-headers.ts) and must stay as strict.
 */
export const ROUTE_HANDLER_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

/** The headers every response carries besides its Content-Security-Policy. */
export function commonSecurityHeaders(settings: SecuritySettings): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    // frame-ancestors 'none' for browsers that predate it.
    "X-Frame-Options": "DENY",
    // Only a deployment served over https can promise to stay on it; a year, and not for
    // subdomains, which may be run by someone else.
    ...(settings.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/** Route handlers are everything under /api; everything else the proxy sees is a page. */
export function isRouteHandlerPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}
