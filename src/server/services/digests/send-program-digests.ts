import type { Db } from "~/server/db/client";
import type { DeliveryCount, DigestItem } from "./deliver";
import { digestEnvelope, digestRecipientKey, type DigestRecipient } from "./digest-envelope";
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
  const recipient: DigestRecipient = {
    kind: "subscriber",
    id: s.subscriberId,
    email: s.email,
    locale: s.locale,
  };
  const recipientKey = digestRecipientKey(recipient);
  const sections = programDigestContent(facts, s.topics);
  if (!sections) return { recipientKey, message: null };
  const { envelope, props } = digestEnvelope(recipient, period);
  return {
    recipientKey,
    message: {
      ...envelope,
      template: "programDigest",
      props: { programName: s.programName, programSlug: s.programSlug, sections, ...props },
    },
  };
}
