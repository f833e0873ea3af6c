import {
  open,
  mkdir,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  writeFile,
  type FileHandle,
} from "node:fs/promises";
import path from "node:path";
import type { ClickEvent } from "../record-events";
import { decodeClicks, encodeClick, type DecodedSpool } from "./spool-record";

/** A closed spool file, replayed whole and then deleted. */
export type SpoolSegment = { file: string; records: number; bytes: number };

export type SpoolDepth = {
  records: number;
  bytes: number;
  /** Age of the oldest click not yet replayed, in seconds; null when the spool is empty. */
  oldestAgeS: number | null;
};

export type ClickSpool = {
  /**
   * Appends the clicks and resolves once they are on disk (fsync'd): true, or false when the
   * spool is full (past its size or age bound) and nothing was written. Appends arriving
   * while one is being flushed share the next write and fsync.
   */
  append(clicks: readonly ClickEvent[]): Promise<boolean>;
  /** Closes the file being appended to, so that everything spooled so far can be replayed. */
  seal(): Promise<void>;
  /** The closed files, oldest first. */
  sealed(): readonly SpoolSegment[];
  read(segment: SpoolSegment): Promise<DecodedSpool>;
  /** Deletes a replayed file. */
  remove(segment: SpoolSegment): Promise<void>;
  /** Keeps a file that cannot be replayed out of the way, for a person to look at. */
  reject(segment: SpoolSegment): Promise<void>;
  depth(): SpoolDepth;
  readonly dir: string;
};

const SEGMENT = /^clicks-(\d{12})\.spool$/;
const name = (sequence: number) => `clicks-${String(sequence).padStart(12, "0")}.spool`;

/**
 * The ingest server's local spool: append-only files of clicks that PostgreSQL could not take
 * in time. Files left by an earlier process (a crash, a restart) are found on open and are
 * replayed first; a new process never appends to an old file, so a torn last record stays the
 * last one and is skipped.
 */
export async function openClickSpool(options: {
  dir: string;
  maxBytes: number;
  maxAgeMs: number;
  now?: () => number;
}): Promise<ClickSpool> {
  const { dir, maxBytes, maxAgeMs } = options;
  const now = options.now ?? Date.now;
  await mkdir(dir, { recursive: true });
  await lockFolder(dir);

  const segments: SpoolSegment[] = [];
  let sequence = 0;
  let records = 0;
  let bytes = 0;
  let oldestAt: number | null = null;
  for (const file of (await readdir(dir)).sort()) {
    const match = SEGMENT.exec(file);
    if (!match) continue;
    sequence = Math.max(sequence, Number(match[1]));
    const full = path.join(dir, file);
    const { clicks } = decodeClicks(await readFile(full, "utf8"));
    const size = (await stat(full)).size;
    segments.push({ file: full, records: clicks.length, bytes: size });
    records += clicks.length;
    bytes += size;
    for (const click of clicks) oldestAt = Math.min(oldestAt ?? click.occurredAt, click.occurredAt);
  }

  let active: { handle: FileHandle; segment: SpoolSegment } | null = null;
  let queue: { text: string; count: number; settle: (error?: unknown) => void }[] = [];
  let flushing: Promise<void> | null = null;

  const openActive = async () => {
    sequence++;
    const file = path.join(dir, name(sequence));
    const handle = await open(file, "a");
    // The new file's directory entry must survive a crash as much as its content.
    const directory = await open(dir, "r");
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
    return { handle, segment: { file, records: 0, bytes: 0 } };
  };

  const flush = async () => {
    while (queue.length > 0) {
      const taken = queue;
      queue = [];
      const text = taken.map((entry) => entry.text).join("");
      try {
        active ??= await openActive();
        const data = Buffer.from(text);
        await active.handle.write(data);
        await active.handle.datasync();
        active.segment.bytes += data.length;
        active.segment.records += taken.reduce((n, entry) => n + entry.count, 0);
        for (const entry of taken) entry.settle();
      } catch (error) {
        for (const entry of taken) {
          records -= entry.count;
          bytes -= Buffer.byteLength(entry.text);
          entry.settle(error);
        }
      }
    }
    flushing = null;
  };

  const isFull = () => bytes >= maxBytes || (oldestAt !== null && now() - oldestAt > maxAgeMs);

  return {
    dir,
    append(clicks) {
      if (clicks.length === 0) return Promise.resolve(true);
      if (isFull()) return Promise.resolve(false);
      let text = "";
      for (const click of clicks) {
        text += encodeClick(click);
        oldestAt = Math.min(oldestAt ?? click.occurredAt, click.occurredAt);
      }
      // Counted at once, so the bounds and the depth see work that is still being flushed.
      records += clicks.length;
      bytes += Buffer.byteLength(text);
      return new Promise<boolean>((resolve, reject) => {
        queue.push({
          text,
          count: clicks.length,
          settle: (error) => (error === undefined ? resolve(true) : reject(error)),
        });
        flushing ??= flush();
      });
    },
    async seal() {
      while (flushing) await flushing;
      if (!active) return;
      const { handle, segment } = active;
      active = null;
      await handle.close();
      segments.push(segment);
    },
    sealed: () => segments,
    read: async (segment) => decodeClicks(await readFile(segment.file, "utf8")),
    async remove(segment) {
      await unlink(segment.file);
      forget(segment);
    },
    async reject(segment) {
      await rename(segment.file, `${segment.file}.rejected`);
      forget(segment);
    },
    depth: () => ({
      records,
      bytes,
      oldestAgeS: oldestAt === null ? null : Math.round((now() - oldestAt) / 1000),
    }),
  };

  function forget(segment: SpoolSegment) {
    segments.splice(segments.indexOf(segment), 1);
    records -= segment.records;
    bytes -= segment.bytes;
    if (records <= 0) {
      records = 0;
      bytes = 0;
      oldestAt = null;
    }
  }
}

/**
 * One process per spool folder: two would number their files alike and append to each
 * other's. A lock left by a killed process (its pid no longer runs) is taken over.
 */
async function lockFolder(dir: string): Promise<void> {
  const lock = path.join(dir, "spool.lock");
  const owner = Number((await readFile(lock, "utf8").catch(() => "")).trim());
  if (owner > 0 && owner !== process.pid && isRunning(owner)) {
    throw new Error(
      `The click spool ${dir} is in use by process ${owner}: give each ingest server its own SPOOL_DIR.`,
    );
  }
  await writeFile(lock, `${process.pid}\n`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
