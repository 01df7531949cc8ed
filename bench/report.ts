import type { Summary } from "./stats.ts";

export interface Row extends Summary {
  name: string;
  bytes: number;
  note?: string;
}

export interface BenchReport {
  unit: "MB/s";
  node: string;
  cpu: string;
  cores: number;
  extractor: string;
  runs: number;
  warmups: number;
  rows: Row[];
  /** Median English throughput of the extractor divided by compromise's. */
  ratioToCompromise: number;
}

const num = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function renderTable(r: BenchReport): string {
  const head = ["", "size", "median", "min", "max"];
  const body = r.rows.map((row) => [
    row.name,
    `${(row.bytes / 1e6).toFixed(2)} MB${row.note ? "*" : ""}`,
    num(row.median),
    num(row.min),
    num(row.max),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((cells) => cells[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    `node ${r.node} · ${r.cpu} · ${r.cores} cores · ${r.extractor}`,
    `throughput in MB/s (10^6 bytes of UTF-8 per second), ${r.runs} timed runs after ${r.warmups} warm-up`,
    "",
    line(head),
    ...body.map(line),
    "",
    `extractor / compromise (English, median): ${num(r.ratioToCompromise)}×`,
    ...r.rows.filter((row) => row.note).map((row) => `* ${row.note}`),
  ].join("\n");
}
