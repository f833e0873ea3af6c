import type { IncomingMessage, ServerResponse } from "node:http";
import { newClickId } from "~/server/tracking/click-id";
import { countryFrom } from "~/server/tracking/country";
import { isBot } from "~/server/tracking/bots";
import { CLICK_PARAM, locationFor } from "../location";
import { sendNotFoundPage, sendRetryPage } from "../pages";
import type { PreparedLink, Tracker } from "../tracker";
import { visitorOf } from "../tracker";
import { subIdFrom } from "./sub-id";

/**
 * GET /r/{code}: records the click, waits for its batch to commit (or, while the database
 * cannot take it, to be fsync'd to the local spool), then answers 302 to the link's stored
 * destination with the click id appended and the attribution cookie. Nothing in
 * the request can change where the visitor goes. HEAD requests and bots are redirected the
 * same way but not recorded (and get no cookie: there is no click to attribute to).
 */
export async function handleRedirect(
  req: IncomingMessage,
  res: ServerResponse,
  tracker: Tracker,
  code: string,
  query: string,
): Promise<void> {
  let link: PreparedLink | null | undefined = tracker.links.peek(code);
  if (link === undefined) {
    try {
      link = await tracker.links.get(code);
    } catch (error) {
      tracker.reportError("link lookup failed", error);
      return sendRetryPage(req, res);
    }
  }
  if (!link) return sendNotFoundPage(req, res);

  const now = Date.now();
  const clickId = newClickId(now);
  const location = locationFor(link.location, clickId);
  if (req.method === "HEAD" || isBot(req.headers["user-agent"])) {
    res.writeHead(302, ["Location", location, "Cache-Control", "no-store", "Content-Length", "0"]);
    res.end();
    return;
  }

  const visit = visitorOf(req, tracker, now);
  const visitor = visit.visitor();
  const isUnique = tracker.visitors.firstVisit(link.id, visitor, now);
  try {
    await tracker.events.add({
      kind: "click",
      id: clickId,
      occurredAt: now,
      programId: link.programId,
      linkId: link.id,
      enrollmentId: link.enrollmentId,
      billable: link.billable,
      isUnique,
      ipHash: visit.ipHash,
      country: countryFrom(req.headers, tracker.config.trustedCountryHeader),
      subId: subIdFrom(query) ?? link.subId,
    });
  } catch (error) {
    // The writer spools what the database cannot take and never rejects; should it anyway,
    // the visitor still reaches the merchant: a lost click costs less than a lost visitor.
    tracker.reportError("click not recorded", error);
    if (isUnique) tracker.visitors.forget(link.id, visitor);
  }
  res.writeHead(302, [
    "Location",
    location,
    "Cache-Control",
    "no-store",
    "Set-Cookie",
    `${CLICK_PARAM}=${clickId}${link.cookieAttributes}`,
    "Content-Length",
    "0",
  ]);
  res.end();
}
