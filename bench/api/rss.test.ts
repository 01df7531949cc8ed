import { describe, expect, it } from "vitest";
import { descendants, parentFromStat, rssFromStatus, ticksFromStat, treeCpuMs, treeRssMb } from "./rss.ts";

describe("process tree RSS", () => {
  it("finds every descendant of a process, grandchildren included", () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 1],
      [14, 10],
    ]);
    expect(descendants(parents, 10).sort()).toEqual([10, 11, 12, 14]);
  });

  it("reads the parent from a stat line whose name holds spaces and parentheses", () => {
    expect(parentFromStat("4242 (next-server (v16)) S 4200 4242 4200 0 -1")).toBe(4200);
  });

  it("reads VmRSS in kB, 0 when there is none", () => {
    expect(rssFromStatus("Name:\tnode\nVmRSS:\t  123456 kB\nThreads: 7\n")).toBe(123456);
    expect(rssFromStatus("Name:\tzombie\n")).toBe(0);
  });

  it("reads user and system ticks from a stat line whose name holds spaces", () => {
    expect(ticksFromStat("4242 (next-server (v16)) S 4200 4242 4200 0 -1 4194560 100 0 0 0 250 31 0 0 20 0")).toBe(281);
  });

  it("measures this very process", () => {
    expect(treeRssMb(process.pid)).toBeGreaterThan(10);
    const before = treeCpuMs(process.pid);
    let spent = 0;
    for (let i = 0; i < 3e7; i++) spent += i % 7;
    expect(spent).toBeGreaterThan(0);
    expect(treeCpuMs(process.pid)).toBeGreaterThan(before);
  });
});
