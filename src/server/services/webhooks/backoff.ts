/**
 * When a failed delivery is tried again: 30 s after the first failure, doubling each time,
 * never more than an hour apart, give or take 10 % so deliveries that failed together (a receiver
 * that was down) do not all come back at the same second. After MAX_ATTEMPTS attempts the
 * delivery is given up (failed); a manager can still resend it from the log.
 */
export const MAX_ATTEMPTS = 8;
export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 3_600_000;
const JITTER = 0.1;

/** The wait before the next attempt after `failedAttempts` failures (1 or more). */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError("retryDelayMs: failedAttempts must be a whole number from 1");
  }
  // 2^(n-1) overflows nothing before the cap: stop doubling once the cap is reached.
  const exponent = Math.min(failedAttempts - 1, 30);
  const base = Math.min(BASE_DELAY_MS * 2 ** exponent, MAX_DELAY_MS);
  const factor = 1 - JITTER + 2 * JITTER * random();
  return Math.round(base * factor);
}

/** When to try again after `attempts` attempts (the last one failed), or null to give up. */
export function nextAttemptAt(
  attempts: number,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + retryDelayMs(attempts, random));
}
