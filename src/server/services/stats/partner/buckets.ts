import type { Period } from "./period";
import { DAY_MS, HOUR_MS } from "~/lib/dates";

/** The keys of a period's chart points: ISO hours ("…T05:00:00.000Z") or UTC days. */
export function bucketKeys(period: Period): string[] {
  const keys: string[] = [];
  const step = period.granularity === "hour" ? HOUR_MS : DAY_MS;
  for (let t = period.start.getTime(); t < period.end.getTime(); t += step) {
    const iso = new Date(t).toISOString();
    keys.push(period.granularity === "hour" ? iso : iso.slice(0, 10));
  }
  return keys;
}

/**
 * One point per bucket of the period, in order: the rows that exist (by `bucket`) and
 * `empty` for the others, so a chart gets a continuous series. Rows outside are dropped.
 */
export function fillBuckets<T extends { bucket: string }>(
  period: Period,
  rows: readonly T[],
  empty: (bucket: string) => T,
): T[] {
  const byBucket = new Map(rows.map((row) => [row.bucket, row]));
  return bucketKeys(period).map((bucket) => byBucket.get(bucket) ?? empty(bucket));
}
