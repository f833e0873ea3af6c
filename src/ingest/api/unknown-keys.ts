/**
 * Lookup hashes of API keys the database did not know (unknown or revoked), remembered for a
 * short time so that a client retrying with a bad key costs no query after its first miss.
 * Bounded: the oldest entry goes first, so a stream of random keys cannot grow it.
 */
export type UnknownKeys = {
  has(hash: string): boolean;
  add(hash: string): void;
};

export function createUnknownKeys(options: {
  ttlMs: number;
  maxSize?: number;
  now?: () => number;
}): UnknownKeys {
  const { ttlMs, maxSize = 10_000, now = Date.now } = options;
  const expiries = new Map<string, number>();
  return {
    has(hash) {
      const expiry = expiries.get(hash);
      if (expiry === undefined) return false;
      if (expiry > now()) return true;
      expiries.delete(hash);
      return false;
    },
    add(hash) {
      if (ttlMs <= 0) return;
      expiries.delete(hash);
      if (expiries.size >= maxSize) expiries.delete(expiries.keys().next().value!);
      expiries.set(hash, now() + ttlMs);
    },
  };
}
