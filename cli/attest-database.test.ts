import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockNaming } from "@/db/lock.ts";
import { documents } from "@/db/schema.ts";
import { authenticateToken } from "@/server/tokens/authenticate-token.ts";
import { useCliDatabase } from "@/test/cli-database.ts";
import { lines, ROOT, runAttest } from "@/test/run-attest.ts";

// Each command opens the embedded database at ATTEST_DATA_DIR; DATABASE_URL is unset so a
// developer's PostgreSQL is never written to by these tests.
const cli = useCliDatabase("attest-cli-db-");
const attest = (...args: string[]) => cli.attest(args);
const { inDatabase } = cli;

describe("attest user add", () => {
  it("adds an account and closes the database (the lock file is gone)", () => {
    const r = attest("user", "add", "--email", "Sari@Example.ID", "--role", "editor", "--password", "long-enough-pass", "--name", "Sari");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("added sari@example.id (Sari) as editor\n");
    expect(lines(r.stderr)).toEqual([
      "attest: warning: --password ends up in the shell history and the process list; leave it out to type it, or pipe it on stdin",
    ]);
    expect(existsSync(`${cli.dataDir}.lock`)).toBe(false);
  }, 60_000);

  it("refuses an email already registered with exit 1", () => {
    const r = cli.attest(["user", "add", "--email", "SARI@example.id", "--role", "viewer"], "long-enough-pass\n");
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(["attest: There is already an account for sari@example.id."]);
  }, 60_000);

  it("names every invalid option on one line, exit 2", () => {
    const r = attest("user", "add", "--email", "not-an-email", "--role", "boss", "--password", "short");
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      "attest: warning: --password ends up in the shell history and the process list; leave it out to type it, or pipe it on stdin",
      "attest: --email: Enter a valid email address.; --role: Role must be one of viewer, reviewer, editor, admin.; --password: Use at least 12 characters.",
    ]);
  }, 60_000);

  it("names missing options with the usage, exit 2", () => {
    const r = attest("user", "add", "--email", "x@y.id");
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe("attest: missing --role");
    expect(r.stderr).toContain("usage: attest user add --email EMAIL");
  });
});

describe("attest token create", () => {
  it("prints only the token on stdout, and the token works", async () => {
    const r = attest("token", "create", "--email", "sari@example.id", "--name", "newsroom script");
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    const token = lines(r.stdout)[0]!;
    expect(token).toMatch(/^att_/);
    expect(r.stderr).toMatch(/^created read-only API token [0-9a-f-]{36} for sari@example\.id, expires \d{4}-\d\d-\d\dT\d\d:\d\dZ;/);
    expect(r.stderr).not.toContain(token);
    const actor = await inDatabase((db) => authenticateToken(db, token));
    expect(actor).toMatchObject({ email: "sari@example.id", role: "viewer" }); // read-only unless --scope read-write
  }, 60_000);

  it("refuses an unknown account with exit 1", () => {
    const r = attest("token", "create", "--email", "ghost@example.id");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual(["attest: An account for ghost@example.id was not found."]);
  }, 60_000);
});

describe("attest import", () => {
  const file = (name: string, content: string) => {
    const path = join(cli.tmp, name);
    writeFileSync(path, content);
    return path;
  };

  it("imports .txt, .md and .html, reports each failure with its reason, exit 1", async () => {
    const txt = join(cli.tmp, "nato.txt");
    copyFileSync(join(ROOT, "seeds/bisnis-2023-01-16-nato-heavy-weapons.txt"), txt);
    const md = file("note.md", '# Governor on schools\n\n"We will build 40 schools," said Governor Jane Smith.\n');
    const html = file("page.html", "<html><head><title>Mayor &amp; floods</title></head><body><nav>Home</nav><p>The mayor said 12 people died.</p></body></html>");
    const empty = file("empty.txt", "\n\n");
    const pdf = file("scan.pdf", "%PDF-1.4");
    const missing = join(cli.tmp, "missing.txt");
    const r = attest("import", "--source-name", "Wire", "--published-at", "2024-03-05", txt, md, html, empty, pdf, missing);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      "imported 3, duplicates 0, failed 3",
      `failed ${empty}: no article text in the file`,
      `failed ${pdf}: not a .txt, .md or .html file`,
      `failed ${missing}: no such file`,
    ]);
    expect(lines(r.stderr)).toEqual([
      `[##--------] 1/6 ${txt}`,
      `[###-------] 2/6 ${md}`,
      `[#####-----] 3/6 ${html}`,
      `[#######---] 4/6 ${empty}`,
      `[########--] 5/6 ${pdf}`,
      `[##########] 6/6 ${missing}`,
    ]);
    const docs = await inDatabase((db) => db.select().from(documents).orderBy(asc(documents.createdAt)));
    expect(docs.map((d) => [d.title.slice(0, 30), d.sourceName, d.publishedAt, d.language, d.createdBy])).toEqual([
      ["Bisnis.com, JAKARTA - Sekretar", "Wire", "2024-03-05", "id", null],
      ["Governor on schools", "Wire", "2024-03-05", "en", null],
      ["Mayor & floods", "Wire", "2024-03-05", "en", null],
    ]);
    expect(docs[2]!.body).toBe("The mayor said 12 people died.");
  }, 60_000);

  it("counts files already imported as duplicates, exit 0", () => {
    const r = attest("import", "--lang", "en", join(cli.tmp, "nato.txt"), join(cli.tmp, "note.md"));
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual(["imported 0, duplicates 2, failed 0"]);
  }, 60_000);

  it("checks the options before anything else: one line, exit 2", () => {
    const r = attest("import", "--source-url", "javascript:alert(1)", "--published-at", "2023-02-30", join(cli.tmp, "nato.txt"));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([
      "attest: --source-url: Enter a web address starting with http:// or https://.; --published-at: That date does not exist.",
    ]);
  });

  it("needs at least one file", () => {
    const r = attest("import", "--lang", "id");
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe("attest: give at least one FILE or URL");
  });
});

describe("while the server holds the embedded database", () => {
  let holder: ChildProcess;
  let busyDir: string;
  beforeAll(() => {
    holder = spawn("sleep", ["30"]);
    busyDir = join(mkdtempSync(join(tmpdir(), "attest-cli-busy-")), "pglite");
    writeFileSync(`${busyDir}.lock`, lockNaming(holder.pid!));
  });
  afterAll(() => {
    holder.kill();
    rmSync(join(busyDir, ".."), { recursive: true, force: true });
  });

  it.each([
    ["user add", ["user", "add", "--email", "a@b.id", "--role", "viewer"]],
    ["token create", ["token", "create", "--email", "a@b.id"]],
    ["import", ["import", join(ROOT, "seeds/bisnis-2023-01-16-nato-heavy-weapons.txt")]],
  ])("%s refuses with one line naming the process, exit 2", (_, args) => {
    // The password on stdin, for `user add`; the others do not read it.
    const r = runAttest(args, { ATTEST_DATA_DIR: busyDir, DATABASE_URL: undefined }, "long-enough-pass\n");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([
      `attest: the embedded database ${busyDir} is in use by process ${holder.pid} (the Attest server?): stop it first, or set DATABASE_URL to use PostgreSQL`,
    ]);
    expect(existsSync(busyDir)).toBe(false);
  });
});
