export interface Summary {
  median: number;
  min: number;
  max: number;
}

export function summarize(values: number[]): Summary {
  if (values.length === 0) throw new Error("no values to summarize");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** Throughput in MB/s, MB being 10^6 bytes. */
export const mbPerSecond = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

/** One throughput per run, after `warmups` untimed runs that let the JIT settle. */
export function measureThroughput(run: () => unknown, bytes: number, runs: number, warmups = 1): number[] {
  for (let i = 0; i < warmups; i++) run();
  return Array.from({ length: runs }, () => {
    const t0 = performance.now();
    run();
    return mbPerSecond(bytes, performance.now() - t0);
  });
}
