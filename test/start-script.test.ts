import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockNaming } from "@/db/lock.ts";

const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
    timeout: 30_000,
  });

describe("npm start", () => {
  it("refuses to serve PostgreSQL without an AUTH_SECRET, in one line", () => {
    const result = run({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^attest: AUTH_SECRET is not set\./);
  });

  it("refuses while another live process holds the embedded database", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "attest-start-"));
    const dataDir = path.join(dir, "pglite");
    // The lock names this test's own process: alive, and not the script's.
    writeFileSync(`${dataDir}.lock`, lockNaming(process.pid));
    const result = run({ ATTEST_DATA_DIR: dataDir, AUTH_SECRET: "x" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`in use by process ${process.pid}`);
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(lockNaming(process.pid));
  });
});
