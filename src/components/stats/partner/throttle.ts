/**
 * Calls `fn` at most once per `waitMs`: the first call runs at once, calls during the wait are
 * folded into one that runs when it ends, so the last event is never lost.
 */
export function createThrottle(fn: () => void, waitMs: number) {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    last = Date.now();
    fn();
  };
  return {
    call() {
      if (timer !== null) return;
      const wait = last + waitMs - Date.now();
      if (wait <= 0) run();
      else timer = setTimeout(run, wait);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
