/**
 * Group commit: requests add their event to the batch that is filling and wait for that batch
 * to be written. A batch becomes due `maxWaitMs` after its first event, or at once when it
 * reaches `maxSize`; up to `maxInFlight` batches are written at once (each on its own pooled
 * connection). While every writer is busy the due batch keeps taking events (up to maxSize),
 * so under load batches grow to match the database's pace instead of queueing up small. A
 * failed write rejects every event of its batch: the caller must answer with an error, never
 * as if the event was stored.
 */
export type GroupCommitOptions<E, B extends { push(event: E): void; readonly size: number }> = {
  createBatch: () => B;
  write: (batch: B) => Promise<void>;
  maxWaitMs: number;
  maxSize: number;
  maxInFlight: number;
  /**
   * Bounds memory when the writers fall behind: once `maxQueued` full batches wait for a
   * writer, the next full batch is handed to `overflow` at once instead of joining the queue
   * (the ingest server spools it). Without `overflow` the queue is unbounded.
   */
  maxQueued?: number;
  overflow?: (batch: B) => Promise<void>;
};

export type GroupCommit<E> = {
  /** Resolves once the event is committed; rejects when its batch failed. */
  add(event: E): Promise<void>;
  /** Writes whatever is waiting now and resolves when nothing is pending or in flight. */
  drain(): Promise<void>;
  readonly stats: GroupCommitStats;
};

export type GroupCommitStats = {
  batches: number;
  events: number;
  failures: number;
  /** Batches handed to `overflow` because the queue was full. */
  overflowed: number;
};

type Pending<B> = {
  batch: B;
  due: boolean;
  done: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
};

export function createGroupCommit<E, B extends { push(event: E): void; readonly size: number }>(
  options: GroupCommitOptions<E, B>,
): GroupCommit<E> {
  const { maxWaitMs, maxSize, maxInFlight } = options;
  let filling: Pending<B> | null = null;
  let cancelTimer: (() => void) | null = null;
  /** Full batches waiting for a free writer, oldest first. */
  const full: Pending<B>[] = [];
  let inFlight = 0;
  /** Overflow writes under way: drain() waits for them too. */
  let overflowing = 0;
  let idle: (() => void)[] = [];
  const stats: GroupCommitStats = { batches: 0, events: 0, failures: 0, overflowed: 0 };
  const maxQueued = options.maxQueued ?? Number.POSITIVE_INFINITY;

  const open = (): Pending<B> => {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const done = new Promise<void>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    // Each waiting request attaches its own handler; this one only keeps a batch nobody
    // awaits any more from becoming an unhandled rejection.
    done.catch(() => {});
    return { batch: options.createBatch(), due: false, done, resolve, reject };
  };

  const becomeDue = () => {
    cancelTimer = null;
    if (filling) filling.due = true;
    pump();
  };

  const next = (): Pending<B> | undefined => {
    if (full.length > 0) return full.shift();
    if (!filling?.due) return undefined;
    const batch = filling;
    filling = null;
    return batch;
  };

  const pump = () => {
    while (inFlight < maxInFlight) {
      const pending = next();
      if (!pending) break;
      write(pending);
    }
    if (inFlight === 0 && overflowing === 0 && full.length === 0 && !filling) {
      const waiting = idle;
      idle = [];
      for (const wake of waiting) wake();
    }
  };

  const write = (pending: Pending<B>, writer = options.write, counted = true) => {
    if (counted) inFlight++;
    stats.batches++;
    stats.events += pending.batch.size;
    let written: Promise<void>;
    try {
      written = writer(pending.batch);
    } catch (error) {
      written = Promise.reject(error);
    }
    written.then(
      () => finish(pending, null, counted),
      (error: unknown) => finish(pending, error ?? new Error("batch write failed"), counted),
    );
  };

  const finish = (pending: Pending<B>, error: unknown, counted: boolean) => {
    if (counted) inFlight--;
    else overflowing--;
    if (error === null) pending.resolve();
    else {
      stats.failures++;
      pending.reject(error);
    }
    pump();
  };

  return {
    add(event) {
      if (!filling) {
        filling = open();
        cancelTimer = startTimer(becomeDue, maxWaitMs);
      }
      const current = filling;
      current.batch.push(event);
      if (current.batch.size >= maxSize) {
        cancelTimer?.();
        cancelTimer = null;
        filling = null;
        if (options.overflow && full.length >= maxQueued && inFlight >= maxInFlight) {
          stats.overflowed++;
          overflowing++;
          write(current, options.overflow, false);
        } else {
          full.push(current);
          pump();
        }
      }
      return current.done;
    },
    drain() {
      if (filling) {
        cancelTimer?.();
        becomeDue();
      }
      if (inFlight === 0 && overflowing === 0 && full.length === 0 && !filling) {
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => idle.push(resolve));
    },
    stats,
  };
}

/** A zero wait still lets every request already read in this turn of the event loop join. */
function startTimer(callback: () => void, ms: number): () => void {
  if (ms <= 0) {
    const immediate = setImmediate(callback);
    return () => clearImmediate(immediate);
  }
  const timeout = setTimeout(callback, ms);
  return () => clearTimeout(timeout);
}

/**
 * Several group commits side by side, each event routed by `laneOf`. Routing by partner keeps
 * the rollup rows of concurrent batches apart: a batch holds its rollup rows locked until its
 * commit is flushed to disk, so two batches sharing a row commit one after the other, while
 * batches of different lanes commit together and share one disk flush.
 */
export function createLanes<E>(
  lanes: GroupCommit<E>[],
  laneOf: (event: E) => number,
): GroupCommit<E> {
  return {
    add: (event) => lanes[laneOf(event) % lanes.length]!.add(event),
    drain: async () => {
      await Promise.all(lanes.map((lane) => lane.drain()));
    },
    get stats() {
      const total: GroupCommitStats = { batches: 0, events: 0, failures: 0, overflowed: 0 };
      for (const { stats } of lanes) {
        total.batches += stats.batches;
        total.events += stats.events;
        total.failures += stats.failures;
        total.overflowed += stats.overflowed;
      }
      return total;
    },
  };
}
