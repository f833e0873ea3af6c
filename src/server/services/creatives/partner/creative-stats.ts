import { and, eq, gte, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { links, statsHourly } from "~/server/db/schema";
import { statsOf, type CreativeStats } from "./creative-view";

export const CREATIVE_STATS_DAYS = 30;

/**
 * One partner's clicks and impressions per creative over the last 30 days, for a whole page
 * of creatives in one query: each creative's link (links.creative_id, one per partner) joined
 * to its hourly rollup rows. Raw clicks and impressions are never read.
 */
export async function creativeStats(
  db: Executor,
  enrollmentId: string,
  creativeIds: string[],
  now = new Date(),
): Promise<Map<string, CreativeStats>> {
  if (creativeIds.length === 0) return new Map();
  const since = new Date(now.getTime() - CREATIVE_STATS_DAYS * 86_400_000);
  const rows = await db
    .select({
      creativeId: links.creativeId,
      clicks: sql<number>`coalesce(sum(${statsHourly.clicks}), 0)::int`,
      impressions: sql<number>`coalesce(sum(${statsHourly.impressions}), 0)::int`,
    })
    .from(links)
    .innerJoin(
      statsHourly,
      and(
        eq(statsHourly.programId, links.programId),
        eq(statsHourly.enrollmentId, links.enrollmentId),
        eq(statsHourly.linkId, links.id),
        gte(statsHourly.hour, since),
      ),
    )
    .where(and(eq(links.enrollmentId, enrollmentId), inArray(links.creativeId, creativeIds)))
    .groupBy(links.creativeId);
  const stats = new Map<string, CreativeStats>();
  for (const row of rows) {
    if (row.creativeId) stats.set(row.creativeId, statsOf(row.clicks, row.impressions));
  }
  return stats;
}
