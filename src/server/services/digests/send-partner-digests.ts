import type { Db } from "~/server/db/client";
import { preferencesUrl, unsubscribeUrls } from "~/server/email/links";
import { digestContent } from "./digest-content";
import { digestKey, type DeliveryCount, type DigestItem } from "./deliver";
import { partnerFacts, type PartnerRecipient } from "./partner-facts";
import type { DigestPeriod } from "./period";
import { programFactsCache } from "./program-facts";
import { deliverToDueRecipients, type DigestRunOptions } from "./recipient-pages";
import { duePartners } from "./recipients";

/**
 * Every partner digest due for `period` in `zones`, with each page's facts gathered set-based
 * (one statement per kind of fact) and each program's shared facts read once per run.
 */
export async function sendPartnerDigests(
  db: Db,
  period: DigestPeriod,
  zones: readonly string[],
  now: Date,
  options: DigestRunOptions = {},
): Promise<DeliveryCount> {
  const programs = programFactsCache(db, period, now);
  return deliverToDueRecipients(db, {
    period,
    zones,
    options,
    due: duePartners,
    cursorOf: (recipient) => recipient.enrollmentId,
    prepare: async (page) => {
      const facts = await partnerFacts(db, page, period, programs);
      return (recipient) =>
        partnerItem(recipient, period, digestContent(facts.get(recipient.enrollmentId)!));
    },
  });
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
