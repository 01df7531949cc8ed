// The figures: each round's req/s and latency percentiles, the medians over rounds, the
// app/bare ratio, and the table the bench prints.
import { summarize } from "../stats.ts";

export interface Round {
  rps: number;
  p50: number;
  p99: number;
  /** Answers that were not 2xx, and socket errors and timeouts: a round with any is suspect. */
  bad: number;
  /** The server's own CPU time (its process tree, user and system) per answer, in ms. */
  cpuMs: number;
}

export interface Side {
  rps: number;
  p50: number;
  p99: number;
  bad: number;
  cpuMs: number;
  rounds: Round[];
}

export interface RouteResult {
  name: string;
  path: string;
  connections: number;
  seconds: number;
  app: Side;
  bare: Side;
  /** App req/s over bare req/s, both medians over rounds. */
  ratio: number;
}

/** Medians over the rounds of one server on one route. */
export function side(rounds: Round[]): Side {
  const m = (f: (r: Round) => number) => summarize(rounds.map(f)).median;
  return { rps: m((r) => r.rps), p50: m((r) => r.p50), p99: m((r) => r.p99), bad: rounds.reduce((s, r) => s + r.bad, 0), cpuMs: m((r) => r.cpuMs), rounds };
}

export function routeResult(r: Omit<RouteResult, "app" | "bare" | "ratio">, app: Round[], bare: Round[]): RouteResult {
  const a = side(app);
  const b = side(bare);
  return { ...r, app: a, bare: b, ratio: a.rps / b.rps };
}

const n = (v: number) => (!Number.isFinite(v) ? "–" : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${n(v)} ms`);

export function renderTable(rows: RouteResult[]): string {
  const head = ["route", "c", "app req/s", "bare req/s", "app/bare", "app p50", "app p99", "bare p50", "bare p99", "app cpu/req", "bare cpu/req"];
  const body = rows.map((r) => [
    `${r.name}${r.app.bad || r.bare.bad ? " !" : ""}`,
    String(r.connections),
    n(r.app.rps),
    n(r.bare.rps),
    `${r.ratio.toFixed(2)}×`,
    ms(r.app.p50),
    ms(r.app.p99),
    ms(r.bare.p50),
    ms(r.bare.p99),
    ms(r.app.cpuMs),
    ms(r.bare.cpuMs),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const notes = rows.filter((r) => r.app.bad || r.bare.bad).map((r) => `! ${r.name}: ${r.app.bad} bad answers from the app, ${r.bare.bad} from the bare server (non-2xx, errors or timeouts)`);
  return [line(head), ...body.map(line), ...notes].join("\n");
}

export interface Memory {
  /** MB resident in the process tree, median and peak of the samples taken under load. */
  app: { median: number; max: number };
  bare: { median: number; max: number };
}

export function renderMemory(m: Memory): string {
  return `RSS under load (process tree, MB): app median ${m.app.median.toFixed(0)}, peak ${m.app.max.toFixed(0)}; bare median ${m.bare.median.toFixed(0)}, peak ${m.bare.max.toFixed(0)}`;
}
