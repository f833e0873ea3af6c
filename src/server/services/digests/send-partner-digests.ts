import type { Db } from "~/server/db/client";
import { preferencesUrl, unsubscribeUrls } from "~/server/email/links";
import { digestContent } from "./digest-content";
import {
  addCounts,
  deliverChunk,
  DELIVERY_CHUNK,
  digestKey,
  type DeliveryCount,
  type DigestItem,
} from "./deliver";
import { partnerFacts, type PartnerRecipient } from "./partner-facts";
import type { DigestPeriod } from "./period";
import { programFactsCache } from "./program-facts";
import { duePartners } from "./recipients";

/** Enrollments whose facts are gathered together: one statement per kind of fact per batch. */
export const FACT_BATCH = 500;

export type DigestRunOptions = { programIds?: readonly string[]; batchSize?: number };

/**
 * Every partner digest due for `period` in `zones`: batches of enrollments (keyset pages, so a
 * run of any size holds one batch), facts set-based per batch, messages rendered and handed
 * over DELIVERY_CHUNK at a time. Nothing rendered outlives its chunk: memory is bounded by
 * one batch of facts plus one chunk of emails.
 */
export async function sendPartnerDigests(
  db: Db,
  period: DigestPeriod,
  zones: readonly string[],
  now: Date,
  options: DigestRunOptions = {},
): Promise<DeliveryCount> {
  const programs = programFactsCache(db, period, now);
  let total: DeliveryCount = { sent: 0, empty: 0, skipped: 0 };
  let after: string | null = null;
  for (;;) {
    const batch = await duePartners(db, {
      period,
      zones,
      after,
      limit: options.batchSize ?? FACT_BATCH,
      programIds: options.programIds,
    });
    if (batch.length === 0) break;
    after = batch.at(-1)!.enrollmentId;
    const facts = await partnerFacts(db, batch, period, programs);
    for (let i = 0; i < batch.length; i += DELIVERY_CHUNK) {
      const items = batch.slice(i, i + DELIVERY_CHUNK).map((recipient): DigestItem => {
        const content = digestContent(facts.get(recipient.enrollmentId)!);
        return partnerItem(recipient, period, content);
      });
      total = addCounts(total, await deliverChunk(db, period.key, items));
    }
  }
  return total;
}

export function partnerItem(
  r: PartnerRecipient,
  period: DigestPeriod,
  sections: ReturnType<typeof digestContent>,
): DigestItem {
  const recipientKey = `partner:${r.enrollmentId}`;
  if (!sections) return { recipientKey, message: null };
  const link = { kind: "partner", id: r.enrollmentId, scope: "digest" } as const;
  const unsubscribe = unsubscribeUrls(link);
  return {
    recipientKey,
    message: {
      to: r.email,
      locale: r.locale,
      template: "partnerDigest",
      category: "bulk",
      idempotencyKey: digestKey(recipientKey, period.key),
      unsubscribe,
      props: {
        programName: r.programName,
        programSlug: r.programSlug,
        currency: r.currency,
        frequency: period.frequency,
        from: period.from,
        to: period.to,
        sections,
        preferencesUrl: preferencesUrl(link),
        unsubscribeUrl: unsubscribe.url,
      },
    },
  };
}
