import type { ServerResponse } from "node:http";
import type { Tracker } from "../tracker";

/**
 * GET /ready: 200 when the database answers a trivial query within the commit timeout, else
 * 503; either way the body shows the spool (clicks waiting to be replayed, dropped clicks), so
 * an outage and its backlog are visible from outside. /health stays 200 meanwhile: redirects
 * keep working through the spool, so the process must not be restarted or taken out of
 * rotation for tracking traffic because of the database.
 */
export async function handleReady(res: ServerResponse, tracker: Tracker): Promise<void> {
  let database: "ok" | "unreachable" = "ok";
  try {
    await tracker.probe();
  } catch {
    database = "unreachable";
  }
  const depth = tracker.spool.depth();
  const { spooled, replayed, dropped, impressionsLost } = tracker.writer.stats;
  const text = JSON.stringify({
    status: database === "ok" ? "ready" : "not_ready",
    database,
    spooling: tracker.writer.spooling,
    spool: {
      records: depth.records,
      bytes: depth.bytes,
      oldest_age_s: depth.oldestAgeS,
      spooled,
      replayed,
      dropped_clicks: dropped,
      lost_impressions: impressionsLost,
    },
  });
  res.writeHead(database === "ok" ? 200 : 503, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
  });
  res.end(text);
}
