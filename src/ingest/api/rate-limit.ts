/**
 * A token bucket per API key, in this process's memory. The ingest server is one process
 * today, so its buckets are the whole truth; when it is scaled out (a later issue) each
 * process would grant the full rate, and the buckets have to move to a shared store.
 */
export type RateLimiter = {
  /** Spends one request of `id`'s budget: null when allowed, else whole seconds to wait. */
  take(id: string): number | null;
  /** Seconds `id` has to wait before its next request, without spending anything; null if none. */
  waitOf(id: string): number | null;
};

type Bucket = { tokens: number; at: number };

export function createRateLimiter(options: {
  perMinute: number;
  burst: number;
  /** Buckets kept at most; the least recently used goes first (a full bucket is no loss). */
  maxKeys?: number;
  now?: () => number;
}): RateLimiter {
  const { perMinute, burst, maxKeys = 10_000, now = Date.now } = options;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refilled = (id: string): Bucket | undefined => {
    const bucket = buckets.get(id);
    if (!bucket) return undefined;
    const at = now();
    bucket.tokens = Math.min(burst, bucket.tokens + (at - bucket.at) * perMs);
    bucket.at = at;
    // Re-inserted so the Map's order is least recently used first.
    buckets.delete(id);
    buckets.set(id, bucket);
    return bucket;
  };
  const wait = (bucket: Bucket) => Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));

  return {
    take(id) {
      let bucket = refilled(id);
      if (!bucket) {
        if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value!);
        bucket = { tokens: burst, at: now() };
        buckets.set(id, bucket);
      }
      if (bucket.tokens < 1) return wait(bucket);
      bucket.tokens -= 1;
      return null;
    },
    waitOf(id) {
      const bucket = refilled(id);
      return bucket && bucket.tokens < 1 ? wait(bucket) : null;
    },
  };
}
