/**
 * Tells a database that cannot take work right now (down, restarting, out of connections, too
 * slow) from a query that is wrong: the first is worth retrying later (503, or spool), the
 * second never will be (500, or set aside).
 */
export class DatabaseTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`the database did not answer within ${ms} ms`);
    this.name = "DatabaseTimeoutError";
  }
}

/** postgres.js and Node socket error codes of a connection that failed or broke. */
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/*
 * SQLSTATE classes: 08 connection exception, 53 insufficient resources (too many
 * connections, disk full), 57 operator intervention (statement timeout, shutdown, starting
 * up), 40 transaction rollback (deadlock, serialization); 55P03 a lock that timed out.
 */
const TRANSIENT_CLASSES = new Set(["08", "53", "57", "40"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof DatabaseTimeoutError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") {
      if (CONNECTION_CODES.has(code)) return true;
      if (/^[0-9A-Z]{5}$/.test(code)) {
        return TRANSIENT_CLASSES.has(code.slice(0, 2)) || code === "55P03";
      }
    }
    // drizzle wraps a failed query; the driver's error is its cause.
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The work's own promise, or a DatabaseTimeoutError after `ms`. The work is not cancelled (a
 * stopped server cannot be told anything): callers only use this where finishing late is
 * harmless, because the same write is idempotent or the client retries idempotently.
 */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DatabaseTimeoutError(ms)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
