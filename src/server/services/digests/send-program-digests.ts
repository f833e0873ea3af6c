import type { Db } from "~/server/db/client";
import { preferencesUrl, unsubscribeUrls } from "~/server/email/links";
import {
  addCounts,
  deliverChunk,
  DELIVERY_CHUNK,
  digestKey,
  type DeliveryCount,
  type DigestItem,
} from "./deliver";
import { newsFacts } from "./news-facts";
import type { DigestPeriod } from "./period";
import { programDigestContent, type ProgramFacts } from "./program-content";
import { dueSubscribers, type SubscriberRecipient } from "./recipients";
import { FACT_BATCH, type DigestRunOptions } from "./send-partner-digests";

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
  let total: DeliveryCount = { sent: 0, empty: 0, skipped: 0 };
  let after: string | null = null;
  for (;;) {
    const batch = await dueSubscribers(db, {
      period,
      zones,
      after,
      limit: options.batchSize ?? FACT_BATCH,
      programIds: options.programIds,
    });
    if (batch.length === 0) break;
    after = batch.at(-1)!.subscriberId;
    for (let i = 0; i < batch.length; i += DELIVERY_CHUNK) {
      const items = await Promise.all(
        batch
          .slice(i, i + DELIVERY_CHUNK)
          .map(async (s) => subscriberItem(s, period, await factsOf(s.programId))),
      );
      total = addCounts(total, await deliverChunk(db, period.key, items));
    }
  }
  return total;
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
