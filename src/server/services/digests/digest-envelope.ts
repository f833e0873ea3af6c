import { preferencesUrl, unsubscribeUrls } from "~/server/email/links";
import { digestKey } from "./deliver";
import type { DigestPeriod } from "./period";

export type DigestRecipient = {
  kind: "partner" | "subscriber";
  id: string;
  email: string;
  locale: string;
};

/** How digest_sends and the idempotency key name a recipient. */
export const digestRecipientKey = (recipient: Pick<DigestRecipient, "kind" | "id">) =>
  `${recipient.kind}:${recipient.id}`;

/**
 * What every digest message has besides its content: the bulk envelope (named by recipient
 * and period, with one-click unsubscribe headers) and the period and link props every digest
 * template shows. Made only for a recipient with something to say: the links are signed.
 */
export function digestEnvelope(recipient: DigestRecipient, period: DigestPeriod) {
  const link = { kind: recipient.kind, id: recipient.id, scope: "digest" } as const;
  const unsubscribe = unsubscribeUrls(link);
  return {
    envelope: {
      to: recipient.email,
      locale: recipient.locale,
      category: "bulk" as const,
      idempotencyKey: digestKey(digestRecipientKey(recipient), period.key),
      unsubscribe,
    },
    props: {
      frequency: period.frequency,
      from: period.from,
      to: period.to,
      preferencesUrl: preferencesUrl(link),
      unsubscribeUrl: unsubscribe.url,
    },
  };
}
