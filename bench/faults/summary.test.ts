import { describe, expect, it } from "vitest";
import type { Outcome } from "./requests.ts";
import { latency, percentile, restartFigures } from "./summary.ts";

const o = (started: number, ms: number, status: number | string, kind = "write"): Outcome => ({ kind, started, ms, status });

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(values, 50), percentile(values, 99), percentile(values, 100)]).toEqual([50, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("restartFigures", () => {
  const faults = [
    { name: "restart", began: 1000, back: 1500 },
    { name: "stop 5 s", began: 3000, back: 8000 },
  ];

  it("counts each fault's failures and its recovery from PostgreSQL back to the first success", () => {
    const outcomes = [o(0, 10, 201), o(1100, 20, 503), o(1400, 5, "ECONNRESET"), o(1600, 50, 201), o(3500, 30, 503), o(8100, 400, 201), o(8200, 100, 200, "read"), o(11_000, 20, 201)];
    const r = restartFigures(outcomes, faults);
    expect(r.faults).toEqual([
      { name: "restart", downMs: 500, failed: 2, recoveryMs: 150 },
      { name: "stop 5 s", downMs: 5000, failed: 1, recoveryMs: 300 },
    ]);
    expect(r).toMatchObject({ requests: 8, failed: 3, longestMs: 400, recovered: true, statuses: { 201: 4, 200: 1, 503: 2, ECONNRESET: 1 } });
  });

  it("is not recovered when a request fails after the last fault settled, or none was made", () => {
    expect(restartFigures([o(11_000, 20, 503)], faults)).toMatchObject({ recovered: false });
    expect(restartFigures([o(100, 20, 201)], faults)).toMatchObject({ recovered: false, faults: [{ recoveryMs: null }, { recoveryMs: null }] });
  });
});

describe("latency", () => {
  it("gives the median, p99 and max of the requests' times", () => {
    expect(latency([o(0, 3, 200), o(0, 1, 200), o(0, 2, 200)])).toEqual({ count: 3, median: 2, p99: 3, max: 3 });
  });
});
