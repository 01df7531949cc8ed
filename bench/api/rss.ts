// Resident memory and CPU time of a server under load: the VmRSS and utime + stime of its
// process and every descendant (next start may run its server in a child process), read from
// /proc. Linux only.
import { readdirSync, readFileSync } from "node:fs";

/** The root and all its descendants, given each process's parent. */
export function descendants(parents: Map<number, number>, root: number): number[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, ppid] of parents) if (ppid === out[i] && !out.includes(pid)) out.push(pid);
  return out;
}

/** The parent pid from a /proc/PID/stat line (the name in parentheses may hold spaces). */
export const parentFromStat = (stat: string) => Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);

/** VmRSS in kB from a /proc/PID/status text, 0 when it has none (a zombie). */
export const rssFromStatus = (status: string) => Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0);

function readOr(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return ""; // the process ended between listing and reading
  }
}

/** MB (10^6 bytes) resident in the process tree under `root` now. */
export function treeRssMb(root: number): number {
  const parents = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    const stat = readOr(`/proc/${d}/stat`);
    if (stat) parents.set(Number(d), parentFromStat(stat));
  }
  const kb = descendants(parents, root).reduce((sum, pid) => sum + rssFromStatus(readOr(`/proc/${pid}/status`)), 0);
  return (kb * 1024) / 1e6;
}

/** utime + stime in clock ticks from a /proc/PID/stat line (fields 14 and 15). */
export const ticksFromStat = (stat: string) => {
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(f[11]) + Number(f[12]);
};

/** Clock ticks a second, as /proc counts them: 100 on Linux everywhere this runs. */
const TICKS = 100;

/** Milliseconds of CPU (user and system) the process tree under `root` has used so far. */
export function treeCpuMs(root: number): number {
  const parents = new Map<number, number>();
  const stats = new Map<number, string>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    const stat = readOr(`/proc/${d}/stat`);
    if (stat) {
      parents.set(Number(d), parentFromStat(stat));
      stats.set(Number(d), stat);
    }
  }
  return (descendants(parents, root).reduce((sum, pid) => sum + ticksFromStat(stats.get(pid) ?? ""), 0) * 1000) / TICKS;
}

/** Samples the tree's RSS every `ms` until stopped; gives every sample. */
export function sampleRss(root: number, ms = 500): () => number[] {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(treeRssMb(root)), ms);
  return () => {
    clearInterval(timer);
    return samples;
  };
}
