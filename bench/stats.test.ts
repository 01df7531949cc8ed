import { describe, expect, it } from "vitest";
import { mbPerSecond, measureThroughput, summarize } from "./stats.ts";

describe("summarize", () => {
  it("takes the middle value of an odd count", () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
  });

  it("averages the two middle values of an even count", () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("measureThroughput", () => {
  it("converts bytes and milliseconds to decimal MB/s", () => {
    expect(mbPerSecond(5_000_000, 2000)).toBe(2.5);
  });

  it("times `runs` calls after the warm-up ones", () => {
    let calls = 0;
    const result = measureThroughput(() => calls++, 1000, 5, 2);
    expect(calls).toBe(7);
    expect(result).toHaveLength(5);
  });
});
