import { describe, expect, it } from "vitest";
import { renderMemory, renderTable, routeResult, side } from "./table.ts";

const round = (rps: number, p50: number, p99: number, bad = 0, cpuMs = 2) => ({ rps, p50, p99, bad, cpuMs });

describe("side and routeResult", () => {
  it("takes medians over the rounds and the app/bare ratio of the req/s medians", () => {
    expect(side([round(10, 5, 50, 0, 3), round(30, 1, 10, 0, 1), round(20, 3, 30, 2, 2.5)])).toMatchObject({ rps: 20, p50: 3, p99: 30, bad: 2, cpuMs: 2.5 });
    const r = routeResult({ name: "items", path: "/api/items", connections: 16, seconds: 10 }, [round(30, 1, 2), round(40, 1, 2)], [round(100, 1, 2), round(100, 1, 2)]);
    expect(r.ratio).toBeCloseTo(0.35);
  });
});

describe("renderTable", () => {
  it("prints one aligned line a route, seconds for slow latencies, and flags rounds with bad answers", () => {
    const rows = [
      routeResult({ name: "items", path: "", connections: 16, seconds: 10 }, [round(35, 400, 900, 0, 2.8)], [round(100, 150, 300, 0, 0.95)]),
      routeResult({ name: "documents", path: "", connections: 4, seconds: 10 }, [round(1.5, 2400, 3100, 1)], [round(1.6, 2300, 3000)]),
    ];
    const lines = renderTable(rows).split("\n");
    expect(lines[0]).toMatch(/^route\s+c\s+app req\/s\s+bare req\/s\s+app\/bare/);
    expect(lines[1]).toMatch(/^items\s+16\s+35\.0\s+100\s+0\.35×\s+400 ms\s+900 ms\s+150 ms\s+300 ms\s+2\.80 ms\s+0\.95 ms$/);
    expect(lines[2]).toMatch(/^documents !\s+4\s+1\.50\s+1\.60\s+0\.94×\s+2\.40 s\s+3\.10 s/);
    expect(lines[3]).toMatch(/^! documents: 1 bad answers from the app, 0 from the bare server/);
    expect(new Set(lines.slice(0, 3).map((l) => l.length)).size).toBe(1);
  });

  it("prints memory in MB", () => {
    expect(renderMemory({ app: { median: 309.4, max: 320 }, bare: { median: 99, max: 101.2 } })).toBe(
      "RSS under load (process tree, MB): app median 309, peak 320; bare median 99, peak 101",
    );
  });
});
