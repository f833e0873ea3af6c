import type { Db } from "~/server/db/client";
import { writeConversions, type PendingConversion } from "./write-conversions";

type Job = {
  item: PendingConversion;
  resolve: (id: string | null) => void;
  reject: (error: unknown) => void;
};

export type ConversionWriterOptions = { maxWaitMs: number; maxSize: number; lanes: number };

const DEFAULTS: ConversionWriterOptions = { maxWaitMs: 2, maxSize: 500, lanes: 4 };

/**
 * Group commit for conversions, as the click path does it (click-batcher.ts): a conversion
 * waits up to `maxWaitMs` for others, then the batch is written in one transaction
 * (writeConversions). Each caller's promise settles only after its batch has committed, so an
 * answer never acknowledges an unwritten conversion. One transaction and one WAL flush per
 * batch instead of per conversion is what lets a busy API keep up.
 *
 * Partners are spread over independent lanes, each writing one batch at a time: lanes use both
 * cores of the database without ever waiting for each other's rollup rows (a partner's rows are
 * only written by its lane). A key stored twice at once by two lanes is still caught by the
 * unique index: the later insert waits for the earlier and skips the row.
 */
export class ConversionWriter {
  private readonly lanes: Lane[];

  constructor(db: Db, options: Partial<ConversionWriterOptions> = {}) {
    const settings = { ...DEFAULTS, ...options };
    this.lanes = Array.from({ length: settings.lanes }, () => new Lane(db, settings));
  }

  /** The new conversion's id, or null when its key was already stored (see writeConversions). */
  write(item: PendingConversion): Promise<string | null> {
    const partner = item.row.enrollmentId ?? "";
    return this.lanes[laneOf(partner, this.lanes.length)]!.write(item);
  }

  /** Resolves once everything queued so far is written. */
  async drain(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.drain()));
  }

  /** Conversions waiting for a batch (not those being written): the metrics' queue depth. */
  get queued(): number {
    return this.lanes.reduce((total, lane) => total + lane.queued, 0);
  }
}

/** FNV-1a of the partner's id: a stable lane per partner. */
function laneOf(id: string, lanes: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % lanes;
}

/** One group commit: a batch at a time; requests arriving meanwhile form the next batch. */
class Lane {
  private queue: Job[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly options: ConversionWriterOptions,
  ) {}

  write(item: PendingConversion): Promise<string | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.writing) return; // The batch in progress flushes the queue when it ends.
      if (this.queue.length >= this.options.maxSize) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.options.maxWaitMs);
    });
  }

  get queued(): number {
    return this.queue.length;
  }

  async drain(): Promise<void> {
    while (this.writing || this.queue.length > 0) {
      this.flush();
      await this.writing;
    }
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.writing || this.queue.length === 0) return;
    const jobs = this.queue.splice(0, this.options.maxSize);
    this.writing = this.run(jobs).finally(() => {
      this.writing = null;
      // These waited while the batch was written: write them now.
      this.flush();
    });
  }

  private async run(jobs: Job[]): Promise<void> {
    try {
      const ids = await writeConversions(
        this.db,
        jobs.map((job) => job.item),
      );
      jobs.forEach((job, index) => job.resolve(ids[index] ?? null));
    } catch (error) {
      if (jobs.length === 1) return jobs[0]!.reject(error);
      // One conversion the database refuses must not fail the others: write them one by one.
      for (const job of jobs) {
        await writeConversions(this.db, [job.item]).then(
          ([id]) => job.resolve(id ?? null),
          job.reject,
        );
      }
    }
  }
}

const writers = new WeakMap<Db, ConversionWriter>();

/** The process's writer for a pool, created on first use. */
export function conversionWriterFor(db: Db): ConversionWriter {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new ConversionWriter(db)));
  return writer;
}
