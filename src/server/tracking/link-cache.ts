import type { Sql } from "postgres";
import { liveDestination } from "~/lib/validation/destination";

/** What the ingest server needs to know about a link to redirect and record a visit. */
export type TrackedLink = {
  id: string;
  programId: string;
  enrollmentId: string;
  /**
   * Where visitors go: the link's destination, or the program's home page once the manager no
   * longer allows its domain (liveDestination); decided when the link is loaded, so a change
   * of the allowed domains reaches the redirect with the cache's TTL like any other change.
   */
  destination: string;
  /** The link's own sub-id label, used when the visit carries none. */
  subId: string | null;
  cookieWindowDays: number;
  /** False when the link is disabled or the partner is not approved: visits earn nothing. */
  billable: boolean;
};

/** The link, or null when unknown or when its program allows no domain to send visitors to. */
export async function loadTrackedLink(sql: Sql, code: string): Promise<TrackedLink | null> {
  const rows = await sql<(TrackedLink & { allowedDomains: string[] })[]>`
    select l.id, l.program_id as "programId", l.enrollment_id as "enrollmentId",
      l.destination, l.sub_id as "subId", p.cookie_window_days as "cookieWindowDays",
      (l.disabled_at is null and e.status = 'approved') as billable,
      p.allowed_domains as "allowedDomains"
    from links l
    join enrollments e on e.id = l.enrollment_id
    join programs p on p.id = l.program_id
    where l.code = ${code}`;
  const row = rows[0];
  if (!row) return null;
  const { allowedDomains, ...link } = row;
  const destination = liveDestination(link.destination, allowedDomains).url;
  return destination === null ? null : { ...link, destination };
}

export type LinkCache<T> = {
  /** The cached answer without waiting: undefined when unknown or expired. */
  peek(code: string): T | null | undefined;
  /** The cached answer, or loads it (one load per code at a time, shared by all callers). */
  get(code: string): Promise<T | null>;
  readonly size: number;
};

/**
 * Link lookups kept in this process for `ttlMs` (unknown codes for `negativeTtlMs`), at most
 * `maxEntries` codes, the oldest dropped first. Nothing invalidates an entry early, so the TTL
 * is the longest a change takes to reach the redirect: a link disabled or a partner suspended
 * keeps earning for at most that long (30 s by default) in each ingest process, and a new
 * link may answer 404 for up to `negativeTtlMs` if its code was tried just before it existed.
 * A failed load is not cached. With `serveStaleOnError`, a failed load of a code that was known
 * answers the expired value instead (and tries the database again after `retryMs`): while the
 * database is down, links that were in use keep redirecting, at the price of a change to them
 * reaching this process only once the database is back.
 */
export function createLinkCache<T>(options: {
  load: (code: string) => Promise<T | null>;
  serveStaleOnError?: boolean;
  retryMs?: number;
  ttlMs?: number;
  negativeTtlMs?: number;
  maxEntries?: number;
  now?: () => number;
}): LinkCache<T> {
  const ttlMs = options.ttlMs ?? 30_000;
  const negativeTtlMs = options.negativeTtlMs ?? 5_000;
  const maxEntries = options.maxEntries ?? 50_000;
  const now = options.now ?? Date.now;
  const retryMs = options.retryMs ?? 1000;
  const entries = new Map<string, { value: T | null; expires: number }>();
  const loading = new Map<string, Promise<T | null>>();

  const peek = (code: string) => {
    const entry = entries.get(code);
    if (entry === undefined) return undefined;
    if (entry.expires > now()) return entry.value;
    // Kept, expired, as the fallback of a load that fails; the size bound still applies.
    if (!options.serveStaleOnError) entries.delete(code);
    return undefined;
  };

  const remember = (code: string, value: T | null) => {
    entries.delete(code);
    entries.set(code, { value, expires: now() + (value === null ? negativeTtlMs : ttlMs) });
    // Map order is insertion order: the first key is the oldest entry.
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  };

  return {
    peek,
    get(code) {
      const cached = peek(code);
      if (cached !== undefined) return Promise.resolve(cached);
      let pending = loading.get(code);
      if (!pending) {
        pending = options.load(code).then(
          (value) => {
            loading.delete(code);
            remember(code, value);
            return value;
          },
          (error: unknown) => {
            loading.delete(code);
            const stale = options.serveStaleOnError ? entries.get(code) : undefined;
            if (stale === undefined) throw error;
            stale.expires = now() + retryMs;
            return stale.value;
          },
        );
        loading.set(code, pending);
      }
      return pending;
    },
    get size() {
      return entries.size;
    },
  };
}
