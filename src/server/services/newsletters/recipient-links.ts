import { preferencesUrl, unsubscribeUrls } from "~/server/email/links";

/** Who a recipient row is: a partner (enrollment), a subscriber, or both. */
export type RecipientIds = { enrollmentId: string | null; subscriberId: string | null };

/**
 * The signed preference-center and unsubscribe links of one recipient. Someone who is both a
 * partner and a subscriber got the newsletter as a partner (see audience-sql.ts), so their
 * links act on the partner's newsletter choice.
 */
export function recipientLinks(ids: RecipientIds) {
  const payload = ids.enrollmentId
    ? { kind: "partner" as const, id: ids.enrollmentId, scope: "newsletters" as const }
    : { kind: "subscriber" as const, id: ids.subscriberId ?? "", scope: "all" as const };
  return { preferencesUrl: preferencesUrl(payload), unsubscribe: unsubscribeUrls(payload) };
}
