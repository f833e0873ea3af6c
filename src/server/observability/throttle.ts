/**
 * At most one call of `emit` per `intervalMs`; calls in between are only counted, and the next
 * emitted line says how many were skipped. A database outage can make every request slow or
 * failed at once: one line a few seconds says so without burying the rest of the log.
 */
export function createThrottle(intervalMs: number, now: () => number = Date.now) {
  let last = Number.NEGATIVE_INFINITY;
  let skipped = 0;
  return (emit: (skipped: number) => void): void => {
    const time = now();
    if (time - last < intervalMs) {
      skipped++;
      return;
    }
    last = time;
    const count = skipped;
    skipped = 0;
    emit(count);
  };
}
