import { and, arrayContains, eq, sql, type SQL } from "drizzle-orm";
import { subscribers } from "~/server/db/schema";

/**
 * The WHERE clause for subscribers who may receive program mail (newsletters, digests):
 * confirmed only. Pending addresses receive nothing but their confirmation link, and
 * unsubscribed ones nothing at all. With a topic: those who chose it, or chose no topic
 * (an empty choice means everything).
 */
export function confirmedAudience(programId: string, topic?: string): SQL {
  return and(
    eq(subscribers.programId, programId),
    eq(subscribers.status, "confirmed"),
    topic
      ? sql`(${arrayContains(subscribers.topics, [topic])} or cardinality(${subscribers.topics}) = 0)`
      : undefined,
  )!;
}
