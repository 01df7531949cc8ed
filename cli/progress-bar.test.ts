import { describe, expect, it } from "vitest";
import { bar, progressBar } from "./progress-bar.ts";

function stream(isTTY: boolean, columns?: number) {
  const writes: string[] = [];
  return { writes, out: { isTTY, columns, write: (s: string) => writes.push(s) } };
}

describe("bar", () => {
  it.each([
    [0, 10, "[----------]"],
    [3, 10, "[###-------]"],
    [1, 3, "[###-------]"],
    [10, 10, "[##########]"],
    [12, 10, "[##########]"],
  ])("%i of %i is %s", (done, total, expected) => {
    expect(bar(done, total)).toBe(expected);
  });
});

describe("progressBar", () => {
  it("writes one line per update when not on a terminal, and nothing more at the end", () => {
    const { writes, out } = stream(false);
    const progress = progressBar(2, out);
    progress.update(1, "a.txt");
    progress.update(2, "b.md");
    progress.finish();
    expect(writes.join("")).toBe("[#####-----] 1/2 a.txt\n[##########] 2/2 b.md\n");
  });

  it("redraws one line in place on a terminal and ends it with a newline", () => {
    const { writes, out } = stream(true, 80);
    const progress = progressBar(2, out);
    progress.update(1, "a.txt");
    progress.update(2, "b.md");
    progress.finish();
    expect(writes).toEqual(["\r[#####-----] 1/2 a.txt\x1b[K", "\r[##########] 2/2 b.md\x1b[K", "\n"]);
  });

  it("cuts a label that would wrap the terminal line", () => {
    const { writes, out } = stream(true, 30);
    progressBar(1, out).update(1, "a/very/long/path/to/some/article.txt");
    expect(writes[0]).toBe("\r[##########] 1/1 a/very/long…\x1b[K");
  });
});
