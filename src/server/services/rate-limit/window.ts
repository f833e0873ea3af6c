/** A fixed-window limit: at most `limit` hits per `windowMs` for one key. */
export type RateLimitRule = { limit: number; windowMs: number };

export type RateLimitVerdict = {
  allowed: boolean;
  /** Hits left in the current window after this one (0 when refused). */
  remaining: number;
  /** Seconds until the window resets: what a refused caller should wait. */
  retryAfterSeconds: number;
};

/**
 * The start of the window `now` falls in. Windows are aligned to the epoch, not to the first
 * hit, so every web process computes the same window for the same instant without talking
 * to each other.
 */
export function windowStart(now: Date, windowMs: number): Date {
  if (!Number.isInteger(windowMs) || windowMs <= 0) throw new Error("windowMs must be > 0");
  const ms = now.getTime();
  return new Date(ms - (((ms % windowMs) + windowMs) % windowMs));
}

/** The verdict for the `count`-th hit (counting this one) of the window starting at `start`. */
export function verdict(
  count: number,
  rule: RateLimitRule,
  start: Date,
  now: Date,
): RateLimitVerdict {
  const resetMs = start.getTime() + rule.windowMs - now.getTime();
  const allowed = count <= rule.limit;
  return {
    allowed,
    remaining: allowed ? rule.limit - count : 0,
    retryAfterSeconds: Math.max(1, Math.ceil(resetMs / 1000)),
  };
}
