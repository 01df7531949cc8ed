import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockNaming } from "@/db/lock.ts";
import type { Backup } from "@/server/backup/tables.ts";
import { lines, ROOT, runAttest } from "@/test/run-attest.ts";

// Two embedded databases in a temp folder; DATABASE_URL is unset so a developer's PostgreSQL
// is never written to.
let tmp: string;
const dirA = () => join(tmp, "a", "pglite");
const dirB = () => join(tmp, "b", "pglite");
const attestIn = (dataDir: string, ...args: string[]) => runAttest(args, { ATTEST_DATA_DIR: dataDir, DATABASE_URL: undefined });

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "attest-cli-backup-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Backup;

describe("attest export-all / import-all", () => {
  it("moves a database between two data folders unchanged", () => {
    expect(attestIn(dirA(), "user", "add", "--email", "sari@example.id", "--role", "admin", "--password", "long-enough-pass").code).toBe(0);
    expect(attestIn(dirA(), "token", "create", "--email", "sari@example.id").code).toBe(0);
    expect(attestIn(dirA(), "import", join(ROOT, "seeds/bisnis-2023-01-16-nato-heavy-weapons.txt")).code).toBe(0);

    const first = join(tmp, "a.json");
    const out = attestIn(dirA(), "export-all", first);
    expect(out).toMatchObject({ code: 0, stdout: "" });
    expect(lines(out.stderr)).toHaveLength(1);
    expect(out.stderr).toMatch(/^exported users 1, apiTokens 1, documents 1, people \d+, items \d+, citations 0, verdicts 0, auditEvents \d+ to /);
    expect(existsSync(`${dirA()}.lock`)).toBe(false);

    const imported = attestIn(dirB(), "import-all", first);
    expect(imported).toMatchObject({ code: 0, stderr: "" });
    expect(imported.stdout).toMatch(/^imported users 1, apiTokens 1, documents 1, people \d+, items \d+, citations 0, verdicts 0, auditEvents \d+\n$/);

    const second = join(tmp, "b.json");
    expect(attestIn(dirB(), "export-all", second).code).toBe(0);
    expect(read(second).tables).toEqual(read(first).tables);
    expect(read(first).tables.items.length).toBeGreaterThan(0);
  }, 120_000);

  it("refuses a database that is not empty, exit 1", () => {
    const r = attestIn(dirB(), "import-all", join(tmp, "a.json"));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^attest: the database is not empty \(users 1, apiTokens 1, documents 1, /);
  }, 60_000);

  it("refuses bad JSON and a missing file before opening the database, and a wrong format: one line, exit 2", () => {
    const fresh = join(tmp, "c", "pglite");
    const badJson = join(tmp, "bad.json");
    writeFileSync(badJson, "{ not json");
    const notBackup = join(tmp, "other.json");
    writeFileSync(notBackup, JSON.stringify({ format: "something-else", version: 1, tables: {} }));
    for (const [file, message] of [
      [badJson, `attest: ${badJson} is not valid JSON: `],
      [join(tmp, "missing.json"), `attest: cannot read ${join(tmp, "missing.json")}: no such file`],
    ] as const) {
      const r = attestIn(fresh, "import-all", file);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr.startsWith(message)).toBe(true);
    }
    expect(existsSync(fresh)).toBe(false);
    const r = attestIn(fresh, "import-all", notBackup);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toMatch(/^attest: format: Not an Attest backup/);
  }, 60_000);

  it("leaves the target empty when a row breaks a constraint, exit 2", () => {
    const backup = read(join(tmp, "a.json"));
    backup.tables.items.at(-1)!.start = -5;
    const broken = join(tmp, "broken.json");
    writeFileSync(broken, JSON.stringify(backup));
    const target = join(tmp, "d", "pglite");
    const r = attestIn(target, "import-all", broken);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^attest: the backup's items were refused by the database: .*items_span_check/)]);
    const check = join(tmp, "d.json");
    expect(attestIn(target, "export-all", check).stderr).toMatch(/^exported users 0, apiTokens 0, documents 0, people 0, items 0, citations 0, verdicts 0, auditEvents 0 /);
  }, 60_000);

  it("needs exactly one FILE", () => {
    for (const command of ["export-all", "import-all"]) {
      const r = attestIn(dirA(), command);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)[0]).toMatch(/^attest: give the FILE to (write|read)$/);
      expect(r.stderr).toContain(`usage: attest ${command} FILE`);
    }
  });
});

describe("while the server holds the embedded database", () => {
  let holder: ChildProcess;
  let busyDir: string;
  beforeAll(() => {
    holder = spawn("sleep", ["30"]);
    busyDir = join(tmp, "busy", "pglite");
    writeFileSync(join(tmp, "empty-backup.json"), JSON.stringify({ format: "attest-backup", version: 1, tables: { users: [], documents: [], people: [], items: [], citations: [], verdicts: [], auditEvents: [] } }));
    rmSync(join(tmp, "busy"), { recursive: true, force: true });
    mkdirSync(join(tmp, "busy"));
    writeFileSync(`${busyDir}.lock`, lockNaming(holder.pid!));
  });
  afterAll(() => holder.kill());

  it.each([
    ["export-all", () => ["export-all", join(tmp, "never.json")]],
    ["import-all", () => ["import-all", join(tmp, "empty-backup.json")]],
  ])("%s refuses with one line naming the process, exit 2", (_, args) => {
    const r = runAttest(args(), { ATTEST_DATA_DIR: busyDir, DATABASE_URL: undefined });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([expect.stringContaining(`is in use by process ${holder.pid}`)]);
    expect(existsSync(join(tmp, "never.json"))).toBe(false);
  });
});
