import type { IncomingMessage } from "node:http";
import type { Sql } from "postgres";
import { createGroupCommit, createLanes, type GroupCommit } from "~/server/tracking/click-batcher";
import { createIpHasher, clientIp, type IpHasher } from "~/server/tracking/ip-hash";
import {
  createLinkCache,
  loadTrackedLink,
  type LinkCache,
  type TrackedLink,
} from "~/server/tracking/link-cache";
import { EventBatch, type TrackedEvent } from "~/server/tracking/record-events";
import { writeEventBatch } from "~/server/live/write-event-batch";
import type { Logger } from "~/server/observability/logger";
import { metrics } from "~/server/observability/metrics";
import { createThrottle } from "~/server/observability/throttle";
import { withTimeout } from "~/server/db/unavailable";
import { openClickSpool, type ClickSpool } from "~/server/tracking/spool/click-spool";
import { createSpoolingWriter, type SpoolingWriter } from "~/server/tracking/spool/spooling-writer";
import {
  createUniqueVisitors,
  visitorKey,
  type UniqueVisitors,
} from "~/server/tracking/unique-visitors";
import type { IngestConfig } from "./config";
import { locationTemplate, type LocationTemplate } from "./location";

/** A link with what every redirect to it repeats worked out once. */
export type PreparedLink = TrackedLink & {
  location: LocationTemplate;
  /** Everything after the cookie value: "; Max-Age=…; Path=/; HttpOnly; SameSite=Lax[; Secure]". */
  cookieAttributes: string;
};

/** The state the tracking routes share: link cache, group commit, hashing, unique visitors. */
export type Tracker = {
  config: IngestConfig;
  links: LinkCache<PreparedLink>;
  events: GroupCommit<TrackedEvent>;
  /** Where batches go: the database, or the spool while it cannot take them. */
  writer: SpoolingWriter;
  spool: ClickSpool;
  /** Resolves when the database answers a trivial query within the commit timeout. */
  probe(): Promise<void>;
  hashIp: IpHasher;
  visitors: UniqueVisitors;
  /**
   * Logs a request's failure with its error, at most one line per message every 10 s (an
   * outage fails thousands of redirects a second); the next line says how many were skipped.
   */
  reportError(message: string, error: unknown): void;
};

/** The spool in config.spoolDir, with what an earlier process left there. */
export function openIngestSpool(config: IngestConfig): Promise<ClickSpool> {
  return openClickSpool({
    dir: config.spoolDir,
    maxBytes: config.spoolMaxBytes,
    maxAgeMs: config.spoolMaxAgeMs,
  });
}

export function createTracker(
  sql: Sql,
  config: IngestConfig,
  spool: ClickSpool,
  log: Logger,
): Tracker {
  const secure = config.trackingBaseUrl.startsWith("https:");
  const probe = async () => {
    await withTimeout(sql`select 1`.execute(), config.commitTimeoutMs);
  };
  const writer = createSpoolingWriter({
    write: (batch) => measuredWrite(sql, batch),
    probe,
    spool,
    timeoutMs: config.commitTimeoutMs,
    retryMs: config.spoolRetryMs,
    log: (line) => log.warn(line),
  });
  const throttles = new Map<string, ReturnType<typeof createThrottle>>();
  const reportError = (message: string, error: unknown) => {
    let throttle = throttles.get(message);
    if (!throttle) throttles.set(message, (throttle = createThrottle(10_000)));
    throttle((skipped) => log.error({ err: error, skipped }, message));
  };
  return {
    config,
    writer,
    spool,
    probe,
    reportError,
    links: createLinkCache({
      // A link known before the outage keeps redirecting through it (see link-cache.ts).
      serveStaleOnError: true,
      load: async (code) => {
        const link = await withTimeout(loadTrackedLink(sql, code), config.commitTimeoutMs);
        if (!link) return null;
        const location = locationTemplate(link.destination);
        if (!location) {
          log.error({ linkId: link.id }, "link has an unusable destination; answering 404");
          return null;
        }
        const maxAge = link.cookieWindowDays * 86_400;
        const cookieAttributes = `; Max-Age=${maxAge}; Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
        return { ...link, location, cookieAttributes };
      },
    }),
    events: createLanes(
      Array.from({ length: config.batchLanes }, () =>
        createGroupCommit<TrackedEvent, EventBatch>({
          createBatch: () => new EventBatch(),
          write: writer.write,
          maxWaitMs: config.batchMaxWaitMs,
          maxSize: config.batchMaxSize,
          maxInFlight: config.batchMaxInFlight,
          maxQueued: config.batchMaxQueued,
          overflow: writer.spoolNow,
        }),
      ),
      (event) => laneOf(event.enrollmentId),
    ),
    hashIp: createIpHasher(config.secret),
    visitors: createUniqueVisitors(),
  };
}

/**
 * Writes one batch to PostgreSQL, timed for click_batch_commit_seconds (a late commit the
 * spooling writer stopped waiting for is still timed to its real end).
 */
async function measuredWrite(sql: Sql, batch: EventBatch): Promise<void> {
  const { clickBatchCommit, clickBatchSize } = metrics();
  clickBatchSize.observe(batch.size);
  const started = performance.now();
  let result = "error";
  try {
    await writeEventBatch(sql, batch);
    result = "ok";
  } finally {
    clickBatchCommit.observe({ result }, (performance.now() - started) / 1000);
  }
}

/** Enrollment ids are random uuids: their last 32 bits spread partners evenly over the lanes. */
export function laneOf(enrollmentId: string): number {
  return Number.parseInt(enrollmentId.slice(-8), 16) || 0;
}

/** Who is visiting, as far as the tracking routes care. */
export function visitorOf(req: IncomingMessage, tracker: Tracker, now: number) {
  const ip = clientIp(
    req.socket.remoteAddress,
    req.headers["x-forwarded-for"],
    tracker.config.proxyHops,
  );
  const userAgent = req.headers["user-agent"] ?? "";
  return {
    ipHash: tracker.hashIp(ip, now),
    visitor: () => visitorKey(tracker.config.secret, ip, userAgent),
  };
}
