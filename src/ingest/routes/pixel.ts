import type { IncomingMessage, ServerResponse } from "node:http";
import { isBot } from "~/server/tracking/bots";
import { countryFrom } from "~/server/tracking/country";
import type { PreparedLink, Tracker } from "../tracker";
import { visitorOf } from "../tracker";

/** A transparent 1x1 GIF (42 bytes). */
export const PIXEL_GIF = Buffer.from(
  "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
  "base64",
);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /i/{code}.gif?c=<creative id>: an impression of a banner, counted for CPV. Always answers
 * the GIF, even for an unknown code or a failed write: a pixel must never break the page it is
 * on, and no browser retries an image anyway (a failed write is logged). Bots and HEAD
 * requests are not counted; an invalid creative id is dropped, the impression still counts.
 */
export async function handlePixel(
  req: IncomingMessage,
  res: ServerResponse,
  tracker: Tracker,
  code: string,
  query: string,
): Promise<void> {
  if (req.method === "GET" && !isBot(req.headers["user-agent"])) {
    try {
      await recordImpression(req, tracker, code, query);
    } catch (error) {
      tracker.reportError("impression not recorded", error);
    }
  }
  res.writeHead(200, {
    "Content-Type": "image/gif",
    "Content-Length": PIXEL_GIF.length,
    "Cache-Control": "no-store, max-age=0",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "cross-origin",
  });
  res.end(req.method === "HEAD" ? undefined : PIXEL_GIF);
}

async function recordImpression(
  req: IncomingMessage,
  tracker: Tracker,
  code: string,
  query: string,
) {
  const cached = tracker.links.peek(code);
  const link: PreparedLink | null = cached === undefined ? await tracker.links.get(code) : cached;
  if (!link) return;
  const creative = query === "" ? null : new URLSearchParams(query).get("c");
  const now = Date.now();
  await tracker.events.add({
    kind: "impression",
    occurredAt: now,
    programId: link.programId,
    linkId: link.id,
    enrollmentId: link.enrollmentId,
    creativeId: creative !== null && UUID.test(creative) ? creative.toLowerCase() : null,
    billable: link.billable,
    ipHash: visitorOf(req, tracker, now).ipHash,
    country: countryFrom(req.headers, tracker.config.trustedCountryHeader),
  });
}
