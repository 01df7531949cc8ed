// A PostgreSQL cluster of the bench's own, in a temporary folder on a free port, so the fault
// check can stop and restart it without touching the machine's shared server. initdb and the
// server refuse to run as root: as root they run as the `postgres` user (runuser).
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const BIN = process.env.ATTEST_PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface Cluster {
  /** postgres://postgres@127.0.0.1:PORT (trust auth), without a database name. */
  server: string;
  // Asynchronous, so the load in this process keeps running (and being timed) meanwhile.
  /** `pg_ctl restart -m fast`: connections cut, back as soon as it has started. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast`, and start again. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its folder. */
  destroy(): void;
}

const run = promisify(execFile);

export async function createCluster(port: number): Promise<Cluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "attest-faults-pg-"));
  const data = path.join(dir, "data");
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    chownSync(dir, Number(execFileSync("id", ["-u", "postgres"])), Number(execFileSync("id", ["-g", "postgres"])));
    chmodSync(dir, 0o700);
  }
  const command = (bin: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", path.join(BIN, bin), ...args]] : [path.join(BIN, bin), args];
  execFileSync(...command("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync"]), { stdio: ["ignore", "ignore", "pipe"] });
  // Its socket in its own folder, TCP on 127.0.0.1 only; fsync stays on: lost writes are the point.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`;
  const ctl = async (...args: string[]) => void (await run(...command("pg_ctl", ["-D", data, "-w", "-t", "60", "-l", path.join(dir, "log"), ...args])));
  await ctl("-o", options, "start");
  return {
    server: `postgres://postgres@127.0.0.1:${port}`,
    restart: () => ctl("-o", options, "-m", "fast", "restart"),
    stop: () => ctl("-m", "fast", "stop"),
    start: () => ctl("-o", options, "start"),
    destroy: () => {
      try {
        execFileSync(...command("pg_ctl", ["-D", data, "-m", "immediate", "stop"]), { stdio: "ignore" });
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
