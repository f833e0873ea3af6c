import type { Db } from "~/server/db/client";
import { preferencesUrl, unsubscribeUrls } from "~/server/email/links";
import { digestKey, type DeliveryCount, type DigestItem } from "./deliver";
import { newsFacts } from "./news-facts";
import type { DigestPeriod } from "./period";
import { programDigestContent, type ProgramFacts } from "./program-content";
import { deliverToDueRecipients, type DigestRunOptions } from "./recipient-pages";
import { dueSubscribers, type SubscriberRecipient } from "./recipients";

/**
 * The program digest for every confirmed subscriber due for `period` in `zones`. A program's
 * news is read once per run; each subscriber gets the sections of their topics, or nothing.
 */
export async function sendProgramDigests(
  db: Db,
  period: DigestPeriod,
  zones: readonly string[],
  now: Date,
  options: DigestRunOptions = {},
): Promise<DeliveryCount> {
  const news = new Map<string, Promise<ProgramFacts>>();
  const factsOf = (programId: string) => {
    let hit = news.get(programId);
    if (!hit) news.set(programId, (hit = newsFacts(db, programId, period, now)));
    return hit;
  };
  return deliverToDueRecipients(db, {
    period,
    zones,
    options,
    due: dueSubscribers,
    cursorOf: (subscriber) => subscriber.subscriberId,
    prepare: async () => async (subscriber) =>
      subscriberItem(subscriber, period, await factsOf(subscriber.programId)),
  });
}

function subscriberItem(
  s: SubscriberRecipient,
  period: DigestPeriod,
  facts: ProgramFacts,
): DigestItem {
  const recipientKey = `subscriber:${s.subscriberId}`;
  const sections = programDigestContent(facts, s.topics);
  if (!sections) return { recipientKey, message: null };
  const link = { kind: "subscriber", id: s.subscriberId, scope: "digest" } as const;
  const unsubscribe = unsubscribeUrls(link);
  return {
    recipientKey,
    message: {
      to: s.email,
      locale: s.locale,
      template: "programDigest",
      category: "bulk",
      idempotencyKey: digestKey(recipientKey, period.key),
      unsubscribe,
      props: {
        programName: s.programName,
        programSlug: s.programSlug,
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
