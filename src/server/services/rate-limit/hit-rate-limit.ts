import { lt, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { rateLimitHits } from "~/server/db/schema";
import { verdict, windowStart, type RateLimitRule, type RateLimitVerdict } from "./window";

/**
 * Counts one hit for `key` in the current fixed window and says whether it is allowed. The
 * counter lives in PostgreSQL (one upsert), so every web process shares it; refused hits are
 * counted too, so hammering keeps a caller out until the window ends.
 */
export async function hitRateLimit(
  db: Executor,
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<RateLimitVerdict> {
  const start = windowStart(now, rule.windowMs);
  const [row] = await db
    .insert(rateLimitHits)
    .values({ key, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.key, rateLimitHits.windowStart],
      set: { count: sql`${rateLimitHits.count} + 1` },
    })
    .returning({ count: rateLimitHits.count });
  return verdict(row?.count ?? 1, rule, start, now);
}

/** Drops finished windows; run from a periodic job (counters older than a day are useless). */
export async function pruneRateLimitHits(db: Executor, olderThan: Date): Promise<number> {
  const removed = await db
    .delete(rateLimitHits)
    .where(lt(rateLimitHits.windowStart, olderThan))
    .returning({ key: rateLimitHits.key });
  return removed.length;
}
