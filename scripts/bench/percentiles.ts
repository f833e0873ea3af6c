/** Nearest-rank percentile of samples (any order); NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Times `run` `samples` times after `warmup` untimed calls; milliseconds per call. */
export async function timeCalls(
  run: (i: number) => Promise<unknown>,
  options: { warmup: number; samples: number },
): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    const start = process.hrtime.bigint();
    await run(options.warmup + i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}
