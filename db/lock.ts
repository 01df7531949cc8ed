import { readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * The embedded database's lock file: `{ pid, started }`, the holder's process id and, on
 * Linux, when that process started. A pid alone is not enough: after a kill -9 the file
 * stays, and once the pid is reused by some other program the database would stay locked
 * until someone deletes the file by hand. The start time tells the holder from a newcomer
 * with its pid. Where /proc is missing (macOS) it falls back to "is that pid alive".
 */
interface Lock {
  pid: number;
  started?: string;
}

/** The pid of the live process holding `file`, or null when it is free or stale. */
export function lockHolder(file: string): number | null {
  const lock = readLock(file);
  if (!lock || !isAlive(lock.pid)) return null;
  const started = startTime(lock.pid);
  // Both known and different: the pid now belongs to another process.
  if (lock.started && started && lock.started !== started) return null;
  return lock.pid;
}

/**
 * Takes the lock for this process, or answers the live holder's pid. A stale lock is taken
 * over. The file is created exclusively, so two processes starting together do not both win.
 */
export function takeLock(file: string): number | null {
  const content = lockNaming(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, content, { flag: "wx" });
      return null;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = lockHolder(file);
    if (holder === process.pid) {
      writeFileSync(file, content); // this process opened it before: still ours
      return null;
    }
    if (holder !== null) return holder;
    rmSync(file, { force: true }); // stale: its process is gone
  }
  return lockHolder(file);
}

/** What the lock file says when `pid` holds it (tests write it for a stand-in holder). */
export const lockNaming = (pid: number) => JSON.stringify({ pid, started: startTime(pid) } satisfies Lock);

/** Removes the lock if this process holds it. */
export function releaseLock(file: string): void {
  try {
    if (readLock(file)?.pid === process.pid) rmSync(file);
  } catch {
    // Nothing to do: a lock left behind names a dead process and is taken over next time.
  }
}

function readLock(file: string): Lock | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
  // Before the start time was recorded the file held the bare pid.
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const lock = JSON.parse(text) as Partial<Lock>;
    return Number.isInteger(lock.pid) && lock.pid! > 0 ? { pid: lock.pid!, started: typeof lock.started === "string" ? lock.started : undefined } : null;
  } catch {
    return null; // not a lock we wrote: treat as stale
  }
}

/** Linux: field 22 of /proc/<pid>/stat, the start time in clock ticks since boot. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
