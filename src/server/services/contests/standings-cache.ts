import type { Executor } from "~/server/db/client";
import { scopeOf, type Contest } from "./contest-view";
import { computeStandings, type RankedEntry } from "./standings";

/**
 * A contest's live table is the same for every partner in a league, and thousands of them
 * poll it: it is computed once (every tie resolved) and shared for a couple of seconds per
 * process, so a partner's view costs a lookup instead of a ranking of the whole program.
 * Concurrent requests share the computation in flight. Staleness is bounded by the TTL and
 * shown to partners as `updatedAt`; the portal refreshes every few seconds anyway.
 */
export const STANDINGS_TTL_MS = 2_000;

type Entry = { at: number; value: Promise<{ standings: RankedEntry[]; computedAt: Date }> };
const cache = new Map<string, Entry>();

export function cachedStandings(
  db: Executor,
  contest: Contest,
  league: string,
  window: { from: string; to: string },
  ttlMs = STANDINGS_TTL_MS,
): Promise<{ standings: RankedEntry[]; computedAt: Date }> {
  const key = `${contest.id}|${league}|${window.from}|${window.to}`;
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < ttlMs) return hit.value;
  for (const [k, e] of cache) if (now - e.at >= ttlMs) cache.delete(k);
  const computedAt = new Date();
  const value = computeStandings(db, scopeOf(contest, league || null), window, { all: true }).then(
    (standings) => ({ standings, computedAt }),
  );
  // A failed computation must not be served to the next callers.
  value.catch(() => cache.delete(key));
  cache.set(key, { at: now, value });
  return value;
}
