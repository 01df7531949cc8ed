import { afterEach, describe, expect, it, vi } from "vitest";
import { buildProgressLine, PROGRESS_EVERY_MS, reportBuildProgress } from "./build-progress.ts";

afterEach(() => vi.useRealTimers());

describe("the first-start build's progress", () => {
  it("says how long it has been, in seconds then minutes, and what to expect", () => {
    expect(buildProgressLine(15_000)).toBe("attest: still building (15 s so far; a first build takes a minute or two on two cores) …");
    expect(buildProgressLine(95_400)).toBe("attest: still building (1 min 35 s so far; a first build takes a minute or two on two cores) …");
    expect(buildProgressLine(200_000)).toMatch(/^attest: still building \(3 min 20 s so far; still going/);
  });

  it("prints a line every interval until stopped", () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const stop = reportBuildProgress((l) => lines.push(l), () => Date.now());
    vi.advanceTimersByTime(PROGRESS_EVERY_MS * 2 + 10);
    stop();
    vi.advanceTimersByTime(PROGRESS_EVERY_MS * 3);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("(30 s so far;");
  });
});
