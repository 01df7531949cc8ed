import { summarize, type Summary } from "./stats.ts";

export type Group = "normal" | "fixtures" | "hostile" | "reference";

export interface Row extends Summary {
  name: string;
  group: Group;
  bytes: number;
  /** Throughput of each timed run, in MB/s. */
  values: number[];
  /** Median divided by the normal corpora's median in the same run of the bench. */
  ratio: number;
  note?: string;
}

/** Targets of issue 8, on one core. */
export const TARGETS = {
  /** Median MB/s on the normal corpora. */
  normal: 20,
  /** No hostile shape below this share of the normal target. */
  hostileShare: 0.5,
} as const;

export interface BenchReport {
  unit: "MB/s";
  node: string;
  cpu: string;
  cores: number;
  extractor: string;
  date: string;
  runs: number;
  warmups: number;
  /** Where the normal corpora came from. */
  normalSource: string;
  /** All timed runs of the normal corpora together. */
  normal: Summary;
  rows: Row[];
  /** Median English throughput of the extractor divided by compromise's. */
  ratioToCompromise: number;
}

/** The normal corpora's runs pooled, and every row's median as a share of their median. */
export function withRatios(rows: Omit<Row, "ratio">[]): { normal: Summary; rows: Row[] } {
  const pooled = rows.filter((r) => r.group === "normal").flatMap((r) => r.values);
  if (pooled.length === 0) throw new Error("no normal corpus was measured");
  const normal = summarize(pooled);
  return { normal, rows: rows.map((r) => ({ ...r, ratio: r.median / normal.median })) };
}

const num = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** Whether the run meets the targets: the normal median, and the slowest hostile shape against half of it. */
export function verdict(r: Pick<BenchReport, "normal" | "rows">): string[] {
  const hostile = r.rows.filter((row) => row.group === "hostile");
  const lines = [
    `normal corpora, all runs: median ${num(r.normal.median)} MB/s (min ${num(r.normal.min)}, max ${num(r.normal.max)}); target ≥ ${TARGETS.normal}: ${r.normal.median >= TARGETS.normal ? "met" : "not met"}`,
  ];
  if (hostile.length) {
    const slowest = hostile.reduce((a, b) => (b.median < a.median ? b : a));
    const floor = TARGETS.normal * TARGETS.hostileShare;
    lines.push(
      `slowest hostile shape: ${slowest.name}, ${num(slowest.median)} MB/s = ${num(slowest.ratio)}× normal; target ≥ ${TARGETS.hostileShare}× normal and ≥ ${floor} MB/s: ${slowest.ratio >= TARGETS.hostileShare && slowest.median >= floor ? "met" : "not met"}`,
    );
  }
  return lines;
}

export function renderTable(r: BenchReport): string {
  const head = ["", "size", "median", "min", "max", "× normal"];
  const body = r.rows.map((row) => [
    row.name,
    `${(row.bytes / 1e6).toFixed(2)} MB${row.note ? "*" : ""}`,
    num(row.median),
    num(row.min),
    num(row.max),
    num(row.ratio),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((cells) => cells[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const groups = r.rows.map((row) => row.group);
  const lines: string[] = [];
  body.forEach((cells, i) => {
    if (i > 0 && groups[i] !== groups[i - 1]) lines.push("");
    lines.push(line(cells));
  });
  return [
    `node ${r.node} · ${r.cpu} · ${r.cores} cores · ${r.extractor} · ${r.date}`,
    `throughput in MB/s (10^6 bytes of UTF-8 per second), ${r.runs} timed runs after ${r.warmups} warm-up, one core`,
    `normal corpora: ${r.normalSource}`,
    "",
    line(head),
    ...lines,
    "",
    ...verdict(r),
    `extractor / compromise (English, median): ${num(r.ratioToCompromise)}×`,
    ...r.rows.filter((row) => row.note).map((row) => `* ${row.name}: ${row.note}`),
  ].join("\n");
}
