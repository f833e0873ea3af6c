import { sendText } from "~/server/http/send-text";
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "./logger";
import { metrics } from "./metrics";

/** Whether the request carries `Authorization: Bearer <token>`, compared in constant time. */
export function hasBearerToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization;
  if (typeof header !== "string" || !header.startsWith("Bearer ")) return false;
  // Digests have one length, so neither the comparison nor its timing depends on the guess's.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(header.slice(7).trim()), digest(token));
}

/**
 * GET /metrics in Prometheus's text format. With a token, only a request bearing it is
 * answered (401 otherwise); without one, `open` decides between serving anyone (the ingest
 * server and the worker, usually scraped on a private network) and 404 (the web app).
 */
export async function serveMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  access: { token: string | undefined; open: boolean },
  log: Logger,
): Promise<void> {
  if (access.token === undefined && !access.open) {
    return sendText(res, 404, "Not found");
  }
  if (access.token !== undefined && !hasBearerToken(req, access.token)) {
    return sendText(res, 401, "Unauthorized", { "WWW-Authenticate": 'Bearer realm="metrics"' });
  }
  const { registry } = metrics();
  let text: string;
  try {
    text = await registry.metrics();
  } catch (error) {
    log.error({ err: error }, "metrics could not be collected");
    return sendText(res, 500, "Metrics are unavailable");
  }
  res.writeHead(200, {
    "Content-Type": registry.contentType,
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
  });
  res.end(req.method === "HEAD" ? undefined : text);
}
