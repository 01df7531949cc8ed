// The fault checks' figures from the recorded requests: pure, so it is tested on its own.
import { ok, type Outcome } from "./requests.ts";

/** Nearest-rank percentile (q in 0..100) of `values`; NaN for none. */
export function percentile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))]!;
}

/** How many of each status ("201", "503", "ECONNRESET", …). */
export function statuses(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
  return counts;
}

/** One fault: PostgreSQL went away at `began` (ms since start) and accepted connections again at `back`. */
export interface Fault {
  name: string;
  began: number;
  back: number;
}

export interface FaultFigures {
  name: string;
  /** From `began` until PostgreSQL was back. */
  downMs: number;
  /** Requests that started from `began` until the next fault and failed. */
  failed: number;
  /** From PostgreSQL back to the end of the first request after it that succeeded; null: none did. */
  recoveryMs: number | null;
}

export interface RestartFigures {
  requests: number;
  failed: number;
  statuses: Record<string, number>;
  longestMs: number;
  faults: FaultFigures[];
  /** Every request that started `settleMs` after the last fault was back succeeded (and there were some). */
  recovered: boolean;
}

export function restartFigures(outcomes: Outcome[], faults: Fault[], settleMs = 2000): RestartFigures {
  const figures = faults.map((f, i): FaultFigures => {
    const next = faults[i + 1]?.began ?? Infinity;
    const during = outcomes.filter((o) => o.started >= f.began && o.started < next);
    const firstOk = during.filter((o) => o.started >= f.back && ok(o)).sort((a, b) => a.started + a.ms - (b.started + b.ms))[0];
    return { name: f.name, downMs: f.back - f.began, failed: during.filter((o) => !ok(o)).length, recoveryMs: firstOk ? firstOk.started + firstOk.ms - f.back : null };
  });
  const last = faults.at(-1)?.back ?? 0;
  const after = outcomes.filter((o) => o.started >= last + settleMs);
  return {
    requests: outcomes.length,
    failed: outcomes.filter((o) => !ok(o)).length,
    statuses: statuses(outcomes),
    longestMs: Math.max(0, ...outcomes.map((o) => o.ms)),
    faults: figures,
    recovered: after.length > 0 && after.every(ok),
  };
}

export interface LatencyFigures {
  count: number;
  median: number;
  p99: number;
  max: number;
}

export function latency(outcomes: Outcome[]): LatencyFigures {
  const ms = outcomes.map((o) => o.ms);
  return { count: ms.length, median: percentile(ms, 50), p99: percentile(ms, 99), max: Math.max(0, ...ms) };
}
