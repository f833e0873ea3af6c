import type { Db } from "~/server/db/client";
import { addCounts, type DeliveryCount } from "./deliver";
import { dueRuns } from "./period";
import type { DigestRunOptions } from "./recipient-pages";
import { recipientZones } from "./recipients";
import { sendPartnerDigests } from "./send-partner-digests";
import { sendProgramDigests } from "./send-program-digests";

export type DigestRunResult = {
  partners: DeliveryCount;
  subscribers: DeliveryCount;
  /** The periods served, e.g. ["2026-W48"]. */
  periods: string[];
};

/**
 * The hourly job's work: for every time zone where it is now digest time (Monday morning for
 * weekly, the 1st for monthly), every partner and subscriber digest of the period that has
 * not gone out yet. Safe to run again at any moment: digest_sends lets each out once.
 */
export async function sendDueDigests(
  db: Db,
  now = new Date(),
  options: DigestRunOptions = {},
): Promise<DigestRunResult> {
  const zero: DeliveryCount = { sent: 0, empty: 0, skipped: 0 };
  const result: DigestRunResult = { partners: zero, subscribers: zero, periods: [] };
  for (const { period, zones } of dueRuns(now, await recipientZones(db))) {
    result.periods.push(period.key);
    const partners = await sendPartnerDigests(db, period, zones, now, options);
    const subscribers = await sendProgramDigests(db, period, zones, now, options);
    result.partners = addCounts(result.partners, partners);
    result.subscribers = addCounts(result.subscribers, subscribers);
  }
  return result;
}
