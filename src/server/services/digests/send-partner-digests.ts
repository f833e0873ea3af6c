import type { Db } from "~/server/db/client";
import { digestContent } from "./digest-content";
import type { DeliveryCount, DigestItem } from "./deliver";
import { digestEnvelope, digestRecipientKey, type DigestRecipient } from "./digest-envelope";
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
  const recipient: DigestRecipient = {
    kind: "partner",
    id: r.enrollmentId,
    email: r.email,
    locale: r.locale,
  };
  const recipientKey = digestRecipientKey(recipient);
  if (!sections) return { recipientKey, message: null };
  const { envelope, props } = digestEnvelope(recipient, period);
  return {
    recipientKey,
    message: {
      ...envelope,
      template: "partnerDigest",
      props: {
        programName: r.programName,
        programSlug: r.programSlug,
        currency: r.currency,
        sections,
        ...props,
      },
    },
  };
}
