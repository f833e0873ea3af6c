import { isDatabaseUnavailable, withTimeout } from "~/server/db/unavailable";
import { EventBatch } from "../record-events";
import type { ClickSpool } from "./click-spool";

export type SpoolingWriterStats = {
  /** Clicks written to the spool because the database could not take them in time. */
  spooled: number;
  /** Spooled clicks since written to the database (or found already there). */
  replayed: number;
  /** Clicks redirected but not recorded: the spool was full or could not be written. */
  dropped: number;
  /** Impressions not recorded during an outage (they are not spooled, see decisions.md). */
  impressionsLost: number;
};

export type SpoolingWriter = {
  /** Writes a batch to the database, or its clicks to the spool; never rejects. */
  write(batch: EventBatch): Promise<void>;
  /**
   * Spools a batch without trying the database (the group commit's queue is full: the database
   * is behind); the spool is then replayed like after an outage. Never rejects.
   */
  spoolNow(batch: EventBatch): Promise<void>;
  /** True while clicks go to the spool rather than to the database. */
  readonly spooling: boolean;
  readonly stats: SpoolingWriterStats;
  /** Stops retrying; waits for a replay in progress. */
  stop(): Promise<void>;
};

/**
 * Puts the spool between the group commit and PostgreSQL. A batch the database has not
 * committed within `timeoutMs` (or that failed) goes to the spool, and so does every batch
 * after it until the database answers again: then the spool is replayed, oldest file first,
 * and only once it is empty do batches go straight to the database again. Replayed clicks
 * that are already stored are skipped by the insert itself (see recordEvents).
 */
export function createSpoolingWriter(options: {
  write: (batch: EventBatch) => Promise<void>;
  /** A trivial query: resolves when the database answers. */
  probe: () => Promise<void>;
  spool: ClickSpool;
  timeoutMs: number;
  /** Pause between attempts to reach the database while spooling. */
  retryMs: number;
  replayBatchSize?: number;
  log: (line: string) => void;
}): SpoolingWriter {
  const { spool, timeoutMs, log } = options;
  const replayBatchSize = options.replayBatchSize ?? 1000;
  const stats: SpoolingWriterStats = { spooled: 0, replayed: 0, dropped: 0, impressionsLost: 0 };
  let spooling = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let recovering: Promise<void> | null = null;
  let lastDropLog = 0;

  const startSpooling = (reason: unknown) => {
    if (spooling) return;
    spooling = true;
    log(`database unavailable (${describe(reason)}): clicks go to the spool in ${spool.dir}`);
    schedule();
  };

  const schedule = () => {
    if (stopped || timer || recovering) return;
    timer = setTimeout(() => {
      timer = null;
      recovering = recover().finally(() => {
        recovering = null;
        if (spooling) schedule();
      });
    }, options.retryMs);
    timer.unref();
  };

  const toSpool = async (batch: EventBatch) => {
    const impressions = batch.impressions.occurredAt.length;
    stats.impressionsLost += impressions;
    const clicks = batch.clickEvents();
    let stored = false;
    try {
      stored = await spool.append(clicks);
    } catch (error) {
      log(`spool write failed: ${describe(error)}`);
    }
    if (stored) {
      stats.spooled += clicks.length;
      return;
    }
    stats.dropped += clicks.length;
    // One line per ten seconds is enough to see it; a line per batch would flood the log.
    if (Date.now() - lastDropLog > 10_000) {
      lastDropLog = Date.now();
      const depth = spool.depth();
      log(
        `spool full or failing (${depth.records} clicks, ${depth.bytes} bytes): ` +
          `${stats.dropped} clicks redirected without being recorded so far`,
      );
    }
  };

  const recover = async () => {
    try {
      await withTimeout(options.probe(), timeoutMs);
    } catch {
      return;
    }
    try {
      // Clicks keep arriving in the spool while it is replayed: go round until it is empty.
      while (spool.depth().records > 0) {
        await spool.seal();
        for (const segment of [...spool.sealed()]) await replay(segment);
      }
    } catch (error) {
      log(`spool replay paused (${describe(error)}); retrying`);
      return;
    }
    // Nothing is awaited between the check above and this line: no click can slip in between.
    spooling = false;
    log(`database reachable again: spool replayed (${stats.replayed} clicks so far)`);
  };

  const replay = async (segment: Parameters<ClickSpool["remove"]>[0]) => {
    const { clicks, skipped } = await spool.read(segment);
    if (skipped > 0) log(`${segment.file}: skipped ${skipped} damaged record(s)`);
    for (let start = 0; start < clicks.length; start += replayBatchSize) {
      const batch = new EventBatch();
      for (const click of clicks.slice(start, start + replayBatchSize)) batch.push(click);
      try {
        await withTimeout(options.write(batch), timeoutMs * 4);
      } catch (error) {
        if (isDatabaseUnavailable(error)) throw error;
        // A file the database refuses for what it contains would block every later one.
        log(`${segment.file} cannot be replayed (${describe(error)}); kept as .rejected`);
        await spool.reject(segment);
        return;
      }
    }
    stats.replayed += clicks.length;
    await spool.remove(segment);
  };

  // Clicks left by an earlier process are replayed as soon as the database answers.
  if (spool.depth().records > 0) startSpooling("clicks left in the spool at start");

  return {
    async write(batch) {
      if (!spooling) {
        const written = options.write(batch);
        try {
          await withTimeout(written, timeoutMs);
          return;
        } catch (error) {
          // A write that commits late is harmless: its clicks are replayed as duplicates and
          // skipped. Its own failure must not become an unhandled rejection.
          written.catch(() => {});
          startSpooling(error);
        }
      }
      await toSpool(batch);
    },
    async spoolNow(batch) {
      startSpooling("too many batches waiting for the database");
      await toSpool(batch);
    },
    get spooling() {
      return spooling;
    },
    stats,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await recovering;
    },
  };
}

function describe(error: unknown): string {
  if (typeof error === "string") return error;
  const e = error as { code?: unknown; message?: unknown };
  return [e.code, e.message].filter((part) => typeof part === "string").join(": ") || "unknown";
}
