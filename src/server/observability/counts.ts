/**
 * Counts kept by code that runs inside Next's bundles (live streams, email sending) as well as
 * in the worker. They are plain numbers on globalThis, without prom-client, so every copy of
 * this module in a process adds to the same figures and Next never bundles the metrics
 * library; metrics.ts reports them on /metrics.
 */
export type EmailOutcome = "sent" | "failed";

type Counts = { liveConnections: number; emails: Map<string, number> };

const KEY = Symbol.for("rally.observability.counts");
type Holder = { [KEY]?: Counts };

const counts = ((globalThis as Holder)[KEY] ??= { liveConnections: 0, emails: new Map() });

export function liveConnectionOpened(): void {
  counts.liveConnections++;
}

export function liveConnectionClosed(): void {
  counts.liveConnections--;
}

/**
 * One email handed to a transport ("resend", "smtp") and accepted (sent) or refused (failed).
 * Mail kept in the outbox table is not counted: it never left.
 */
export function countEmail(outcome: EmailOutcome, transport: string, emails = 1): void {
  const key = `${transport}\u0000${outcome}`;
  counts.emails.set(key, (counts.emails.get(key) ?? 0) + emails);
}

export function liveConnections(): number {
  return counts.liveConnections;
}

/** Emails counted so far, by transport and outcome. */
export function emailCounts(): { transport: string; status: string; count: number }[] {
  return [...counts.emails].map(([key, count]) => {
    const [transport = "", status = ""] = key.split("\u0000");
    return { transport, status, count };
  });
}
