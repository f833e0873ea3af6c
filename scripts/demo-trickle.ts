/**
 * The demo's live trickle: `tsx scripts/demo-trickle.ts` with DATABASE_URL and
 * TRACKING_BASE_URL (the ingest server, default http://localhost:$INGEST_PORT or :3001).
 * Clicks go through the ingest server over HTTP every 1–3 s; a conversion is recorded every
 * 10–20 s. It waits quietly while the ingest server or the demo data are not there yet, prints
 * one start line and rate-limited errors, and stops cleanly on SIGTERM or SIGINT.
 */
import { createDb } from "~/server/db/client";
import { startDemoTrickle } from "~/server/seed/demo-trickle-core";
import { authSecret } from "./lib/auth-secret";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("[rally demo] DATABASE_URL is not set: the trickle needs the demo database.");
  process.exit(1);
}
const trackingBaseUrl = (
  process.env.TRACKING_BASE_URL || `http://localhost:${process.env.INGEST_PORT || 3001}`
).replace(/\/+$/, "");
// Customer hashes must be keyed like the web app's (start.ts gives it this same secret), or
// returning customers and self-referrals would not be recognised.
process.env.AUTH_SECRET ??= authSecret();

const { db, sql } = createDb(url, { max: 2 });
const trickle = startDemoTrickle({
  db,
  trackingBaseUrl,
  log: (line) => console.error(line),
});
console.log(
  `[rally demo] Live demo traffic: a visit to ${trackingBaseUrl}/r/… every 1–3 s, a conversion every 10–20 s.`,
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await trickle.stop();
  await sql.end({ timeout: 2 });
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
