import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { emailCounts, liveConnections } from "./counts";

/** Jobs of one pg-boss queue: waiting (created or retrying) and running. */
export type QueueDepth = { queue: string; queued: number; active: number };

/**
 * Where the gauges read their values when /metrics is scraped. A process provides what it
 * has (the ingest server its spool, the worker its queues); the latest provider of a kind is
 * read, and its removal brings back the one before (tests run several servers in one process).
 */
type Sources = {
  spool: () => { records: number; bytes: number };
  conversionQueue: () => number;
  queueDepths: () => Promise<QueueDepth[]>;
};

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const sources: { [K in keyof Sources]: Sources[K][] } = {
    spool: [],
    conversionQueue: [],
    queueDepths: [],
  };
  const latest = <K extends keyof Sources>(kind: K) =>
    sources[kind].at(-1) as Sources[K] | undefined;
  let queueRead: {
    read: Sources["queueDepths"];
    started: number;
    depths: Promise<QueueDepth[]>;
    /** Gauges that still have to take this read: it serves one scrape, never the next. */
    takers: Set<string>;
  } | null = null;

  /**
   * Both queue gauges come from one query per scrape: prom-client collects metrics side by
   * side, so the second gauge joins the read the first one started moments before. A gauge
   * that already took the read starts a new one (the next scrape), as does a read older than
   * 250 ms (a scrape that asked for one gauge only).
   */
  async function collectQueues(gauge: Gauge<"queue">, field: "queued" | "active") {
    gauge.reset();
    const read = latest("queueDepths");
    if (!read) return;
    if (
      queueRead?.read !== read ||
      !queueRead.takers.has(field) ||
      performance.now() - queueRead.started > 250
    ) {
      queueRead = {
        read,
        started: performance.now(),
        depths: read(),
        takers: new Set(["queued", "active"]),
      };
    }
    queueRead.takers.delete(field);
    // Unreadable (the database is down): the series are left out for this scrape, which
    // Prometheus shows as a gap, rather than failing every other metric with them.
    const depths = await queueRead.depths.catch(() => []);
    for (const depth of depths) gauge.set({ queue: depth.queue }, depth[field]);
  }

  return {
    registry,
    sources,
    httpRequests: new Counter({
      name: "http_requests_total",
      help: "HTTP requests answered, by process, kind of route and status class (aborted: the client left first).",
      labelNames: ["process", "route_kind", "status_class"] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its answer.",
      labelNames: ["process", "route_kind"] as const,
      buckets: SECONDS,
      registers,
    }),
    clickBatchCommit: new Histogram({
      name: "click_batch_commit_seconds",
      help: "Time to write one batch of clicks and impressions to PostgreSQL (replays of the spool included).",
      labelNames: ["result"] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2.5, 5],
      registers,
    }),
    clickBatchSize: new Histogram({
      name: "click_batch_size",
      help: "Events (clicks and impressions) in one batch written to PostgreSQL.",
      buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
      registers,
    }),
    spoolRecords: new Gauge({
      name: "spool_records",
      help: "Clicks in the ingest server's spool, waiting for PostgreSQL.",
      registers,
      collect() {
        this.set(latest("spool")?.().records ?? 0);
      },
    }),
    spoolBytes: new Gauge({
      name: "spool_bytes",
      help: "Size of the ingest server's spool files.",
      registers,
      collect() {
        this.set(latest("spool")?.().bytes ?? 0);
      },
    }),
    conversionWriterQueue: new Gauge({
      name: "conversion_writer_queue",
      help: "Conversions waiting for the conversion writer's next batch.",
      registers,
      collect() {
        this.set(latest("conversionQueue")?.() ?? 0);
      },
    }),
    queueDepth: new Gauge({
      name: "pgboss_queue_depth",
      help: "Jobs waiting in a pg-boss queue (created or retrying).",
      labelNames: ["queue"] as const,
      registers,
      async collect() {
        await collectQueues(this, "queued");
      },
    }),
    queueActive: new Gauge({
      name: "pgboss_jobs_active",
      help: "Jobs of a pg-boss queue being run now.",
      labelNames: ["queue"] as const,
      registers,
      async collect() {
        await collectQueues(this, "active");
      },
    }),
    emails: new Counter({
      name: "emails_total",
      help: "Emails handed to a transport, by transport and result (sent or failed).",
      labelNames: ["transport", "status"] as const,
      registers,
      collect() {
        // The counts live outside prom-client (counts.ts); each scrape copies their totals.
        this.reset();
        for (const { transport, status, count } of emailCounts()) {
          this.inc({ transport, status }, count);
        }
      },
    }),
    liveConnections: new Gauge({
      name: "live_connections",
      help: "Live dashboard streams (server-sent events) open on this process.",
      registers,
      collect() {
        this.set(liveConnections());
      },
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const KEY = Symbol.for("rally.observability.metrics");
type Holder = { [KEY]?: Metrics };

/**
 * The process's metrics, created on first use and kept on globalThis: code Next bundles
 * separately in the same process (route handlers) finds the same registry as the entry that
 * serves /metrics, instead of a second one that nobody reads.
 */
export function metrics(): Metrics {
  return ((globalThis as Holder)[KEY] ??= createMetrics());
}

/** Registers where a gauge reads its value; the returned function removes it again. */
export function provideMetric<K extends keyof Sources>(kind: K, read: Sources[K]): () => void {
  const list = metrics().sources[kind] as Sources[K][];
  list.push(read);
  return () => {
    const index = list.lastIndexOf(read);
    if (index >= 0) list.splice(index, 1);
  };
}

/** "2xx", "4xx"…; a response the client abandoned before it ended is "aborted". */
export function statusClass(status: number, finished = true): string {
  return finished ? `${Math.floor(status / 100)}xx` : "aborted";
}

/** Counts one answered request and its duration. */
export function observeHttpRequest(
  process: string,
  routeKind: string,
  statusLabel: string,
  seconds: number,
): void {
  const { httpRequests, httpDuration } = metrics();
  httpRequests.inc({ process, route_kind: routeKind, status_class: statusLabel });
  httpDuration.observe({ process, route_kind: routeKind }, seconds);
}
