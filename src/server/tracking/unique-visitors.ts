import { createHmac } from "node:crypto";

export type UniqueVisitors = {
  /** True when this visitor has no counted unique click on this link in the last window. */
  firstVisit(linkId: string, visitor: string, now?: number): boolean;
  /** Undoes a firstVisit() whose click could not be stored, so the retry counts as unique. */
  forget(linkId: string, visitor: string): void;
  readonly size: number;
};

/**
 * A visitor is a keyed hash of IP address and user agent: the map holds no addresses, and
 * nobody without the secret could test guesses against it.
 */
export function visitorKey(secret: string, ip: string, userAgent: string): string {
  return createHmac("sha256", secret)
    .update(`${ip}\n${userAgent}`)
    .digest("base64url")
    .slice(0, 22);
}

/**
 * Remembers which visitor clicked which link, for `windowMs` (an hour) from the click that
 * counted as unique; a repeat inside that window is recorded but not unique.
 *
 * It lives in this process's memory, bounded to `maxEntries` (oldest forgotten first, so under
 * a flood a visitor may count as unique again early). With several ingest processes, a load
 * balancer that routes by client IP keeps this exact; with round-robin a visitor may count as
 * unique once per process. A restart forgets everything: the first click after it is unique.
 */
export function createUniqueVisitors(
  options: { windowMs?: number; maxEntries?: number } = {},
): UniqueVisitors {
  const windowMs = options.windowMs ?? 3_600_000;
  const maxEntries = options.maxEntries ?? 200_000;
  // Map keeps insertion order; entries are re-inserted when they restart their window, so the
  // oldest entry is always first and expiry is a cheap walk from the front.
  const seen = new Map<string, number>();

  const prune = (now: number) => {
    for (const [key, since] of seen) {
      if (now - since < windowMs && seen.size <= maxEntries) break;
      seen.delete(key);
    }
  };

  return {
    firstVisit(linkId, visitor, now = Date.now()) {
      const key = `${linkId}:${visitor}`;
      const since = seen.get(key);
      if (since !== undefined && now - since < windowMs) return false;
      if (since !== undefined) seen.delete(key);
      seen.set(key, now);
      prune(now);
      return true;
    },
    forget(linkId, visitor) {
      seen.delete(`${linkId}:${visitor}`);
    },
    get size() {
      return seen.size;
    },
  };
}
