import { describe, expect, it } from "vitest";
import { renderTable, verdict, withRatios, type BenchReport, type Row } from "./report.ts";
import { summarize } from "./stats.ts";

const row = (name: string, group: Row["group"], values: number[], note?: string): Omit<Row, "ratio"> => ({
  name,
  group,
  bytes: 2e6,
  values,
  ...summarize(values),
  ...(note ? { note } : {}),
});

describe("withRatios", () => {
  it("pools the normal corpora's runs and rates every row against their median", () => {
    const { normal, rows } = withRatios([
      row("normal en", "normal", [10, 12, 14]),
      row("normal id", "normal", [16, 18, 20]),
      row("one paragraph", "hostile", [7, 7.5, 8]),
    ]);
    expect(normal).toEqual({ median: 15, min: 10, max: 20 });
    expect(rows.map((r) => r.ratio)).toEqual([12 / 15, 18 / 15, 7.5 / 15]);
  });

  it("needs a normal corpus", () => {
    expect(() => withRatios([row("one paragraph", "hostile", [1])])).toThrow(/normal/);
  });
});

describe("verdict", () => {
  it("checks the normal median and the slowest hostile shape against half the target", () => {
    const { normal, rows } = withRatios([
      row("normal", "normal", [24, 25, 26]),
      row("fast", "hostile", [20]),
      row("slow", "hostile", [11]),
    ]);
    const lines = verdict({ normal, rows });
    expect(lines[0]).toMatch(/median 25\.0 MB\/s .* met$/);
    expect(lines[1]).toMatch(/^slowest hostile shape: slow, 11\.0 MB\/s = 0\.44× normal; .*not met$/);
  });
});

describe("renderTable", () => {
  it("prints a ratio column, groups apart, and the notes", () => {
    const { normal, rows } = withRatios([
      row("normal en", "normal", [10]),
      row("words only", "hostile", [2], "1 timed run"),
      row("compromise en", "reference", [0.1]),
    ]);
    const report: BenchReport = {
      unit: "MB/s", node: "v20", cpu: "cpu", cores: 2, extractor: "x@1", date: "2026-12-01", runs: 5, warmups: 1,
      normalSource: "fixtures", normal, rows, ratioToCompromise: 100,
    };
    const table = renderTable(report);
    expect(table).toMatch(/× normal/);
    expect(table).toMatch(/words only +2\.00 MB\* +2\.00 +2\.00 +2\.00 +0\.20/);
    expect(table).toMatch(/\n\nwords only/);
    expect(table).toMatch(/\* words only: 1 timed run/);
  });
});
