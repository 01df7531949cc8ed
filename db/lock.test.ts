import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "@/test/run-attest.ts";
import { lockHolder, lockNaming, takeLock } from "./lock.ts";

let tmp: string;
const children: ChildProcess[] = [];
beforeAll(() => void (tmp = mkdtempSync(join(tmpdir(), "attest-lock-"))));
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  rmSync(tmp, { recursive: true, force: true });
});

const file = (name: string) => join(tmp, `${name}.lock`);
const exited = (child: ChildProcess) => new Promise((resolve) => child.once("exit", resolve));

/** Another process that takes the lock with the real code and keeps it until killed. */
function holder(lock: string): Promise<ChildProcess> {
  const script = `import("./db/lock.ts").then((m) => { if (m.takeLock(${JSON.stringify(lock)}) !== null) process.exit(3); console.log("ready"); setInterval(() => {}, 1000); })`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`the holder exited with ${code}`)));
  });
}

/** A live process that is not Attest. */
function bystander(): ChildProcess {
  const child = spawn("sleep", ["30"]);
  children.push(child);
  return child;
}

describe("the embedded database's lock", () => {
  it("is refused while a live process holds it, naming that process", async () => {
    const lock = file("held");
    const child = await holder(lock);
    expect(lockHolder(lock)).toBe(child.pid);
    expect(takeLock(lock)).toBe(child.pid);
  });

  it("is taken over after its holder was killed with SIGKILL (no clean-up ran)", async () => {
    const lock = file("killed");
    const child = await holder(lock);
    child.kill("SIGKILL");
    await exited(child);
    expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: child.pid });
    expect(takeLock(lock)).toBeNull();
    expect(lockHolder(lock)).toBe(process.pid);
  });

  it("is taken over when its pid now belongs to another live program", () => {
    // What a kill -9'd holder leaves once the system gives its pid to someone else: the pid
    // is alive, but started at another time than the process that wrote the lock.
    const lock = file("reused");
    const other = bystander();
    writeFileSync(lock, JSON.stringify({ pid: other.pid, started: "1" }));
    expect(lockHolder(lock)).toBeNull();
    expect(takeLock(lock)).toBeNull();
    expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: process.pid });
  });

  it("is refused for a lock naming a live stand-in exactly as its holder would write it", () => {
    const lock = file("stand-in");
    const other = bystander();
    writeFileSync(lock, lockNaming(other.pid!));
    expect(takeLock(lock)).toBe(other.pid);
  });

  it("takes over a lock naming a dead pid, or holding something that is not a lock", () => {
    writeFileSync(file("dead"), JSON.stringify({ pid: 2 ** 22 + 1, started: "1" }));
    expect(takeLock(file("dead"))).toBeNull();
    writeFileSync(file("junk"), "not a lock");
    expect(takeLock(file("junk"))).toBeNull();
  });
});
