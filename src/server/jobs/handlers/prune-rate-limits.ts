import type { Db } from "~/server/db/client";
import { pruneRateLimitHits } from "~/server/services/rate-limit/hit-rate-limit";
import { DAY_MS } from "~/lib/dates";

/** Forgets rate-limit windows older than a day: no limit looks further back. */
export function pruneRateLimitsHandler(db: Db, log: (line: string) => void) {
  return async () => {
    const removed = await pruneRateLimitHits(db, new Date(Date.now() - DAY_MS));
    if (removed > 0) log(`forgot ${removed} old rate-limit windows`);
    return { removed };
  };
}
