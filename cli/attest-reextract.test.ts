import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockNaming } from "@/db/lock.ts";
import { documents, people, type Item } from "@/db/schema.ts";
import { EXTRACTOR } from "@/lib/extract/index.ts";
import { OPERATOR } from "@/server/actor.ts";
import { addCitation } from "@/server/citations/add-citation.ts";
import { importDocument } from "@/server/documents/import-document.ts";
import { setVerdict } from "@/server/verdicts/set-verdict.ts";
import { ARTICLES } from "@/test/articles.ts";
import { itemsOf, storedItem } from "@/test/item-rows.ts";
import { OLDER_EXTRACTOR, olderExtraction } from "@/test/older-extraction.ts";
import { useCliDatabase } from "@/test/cli-database.ts";
import { lines, runAttest } from "@/test/run-attest.ts";

// The embedded database at ATTEST_DATA_DIR, as in attest-database.test.ts: DATABASE_URL is
// unset so a developer's PostgreSQL is never written to.
const cli = useCliDatabase("attest-cli-reextract-");
const attest = (...args: string[]) => cli.attest(["reextract", ...args]);
const { inDatabase } = cli;

let natoId: string;
let older: Awaited<ReturnType<typeof olderExtraction>>;
let verified: Item;
let speakerName: string;

beforeAll(async () => {
  await inDatabase(async (db) => {
    natoId = (await importDocument(db, OPERATOR, ARTICLES.nato)).document.id;
    await importDocument(db, OPERATOR, ARTICLES.health);
    const quotes = await itemsOf(db, natoId, "quote");
    const [speaker] = await db.select({ name: people.name }).from(people).where(eq(people.id, quotes[0]!.speakerId!));
    speakerName = speaker!.name;
    older = await olderExtraction(db, natoId);
    await addCitation(db, OPERATOR, quotes[2]!.id, { url: "https://www.aljazeera.com/news/nato", title: "NATO chief", stance: "supports" });
    await setVerdict(db, OPERATOR, quotes[2]!.id, { status: "verified", version: 1 });
    verified = await storedItem(db, quotes[2]!.id);
  });
}, 60_000);

const SUMMARY = `NATO dan Ukraina: ${OLDER_EXTRACTOR} → ${EXTRACTOR}, +1 −1 ~2, 1 reviewed kept`;
const SKIPPED = `skipped 1 document already at ${EXTRACTOR} (--all re-extracts them too)`;

describe("attest reextract", () => {
  it("is a dry run by default: one line per document and the totals, nothing written", async () => {
    const r = attest();
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(lines(r.stdout)).toEqual([SUMMARY, SKIPPED, "dry run: 1 of 1 document would change, +1 −1 ~2; nothing was written (--apply writes it)"]);
    const [doc] = await inDatabase((db) => db.select().from(documents).where(eq(documents.id, natoId)));
    expect(doc!.extractor).toBe(OLDER_EXTRACTOR);
    expect(existsSync(`${cli.dataDir}.lock`)).toBe(false);
  }, 60_000);

  it("--verbose lists each change with its speaker and an excerpt", () => {
    const r = attest("--verbose", natoId);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.slice(0, 2)).toEqual([SUMMARY, `  ${natoId}`]);
    expect(out.filter((l) => l.startsWith("  − "))).toEqual([`  − quote (direct) no speaker: “${older.invented.text.trim()}” [${older.invented.start}–${older.invented.end}]`]);
    expect(out.filter((l) => l.startsWith("  + "))).toEqual([expect.stringMatching(new RegExp(`^  \\+ claim: “.+” \\[${older.dropped.start}–${older.dropped.end}\\]$`))]);
    const changes = out.filter((l) => l.startsWith("  ~ "));
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatch(new RegExp(`^  ~ quote \\(\\w+\\) Budi Santoso: “.+” \\[\\d+–\\d+\\]: speaker Budi Santoso → ${speakerName}$`));
    expect(changes[1]).toContain(`: span ${older.respanned.start}–${older.respanned.end} → `);
    expect(out.at(-1)).toMatch(/^dry run: 1 of 1 document would change/);
  }, 60_000);

  it("--apply writes the plan, keeps the reviewed item exactly, and the next run has nothing to do", async () => {
    const r = attest("--apply");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(lines(r.stdout)).toEqual([SUMMARY, SKIPPED, "re-extracted 1 of 1 document, +1 −1 ~2"]);
    await inDatabase(async (db) => {
      const [doc] = await db.select().from(documents).where(eq(documents.id, natoId));
      expect(doc!.extractor).toBe(EXTRACTOR);
      expect(await storedItem(db, verified.id)).toEqual(verified);
      expect((await storedItem(db, older.invented.id)).removedAt).not.toBeNull();
    });
    const again = attest();
    expect(again.code).toBe(0);
    expect(lines(again.stdout)).toEqual([`nothing to re-extract: 2 documents already at ${EXTRACTOR} (--all re-extracts them too)`]);
  }, 60_000);

  it("--all re-extracts documents at the current version too", () => {
    const r = attest("--all");
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0]).toBe(`NATO dan Ukraina: ${EXTRACTOR} → ${EXTRACTOR}, +0 −0 ~0, 1 reviewed kept`);
    expect(lines(r.stdout).at(-1)).toBe("dry run: 0 of 2 documents would change, +0 −0 ~0; nothing was written (--apply writes it)");
  }, 60_000);

  it("refuses an unknown document with one line, exit 1, and a bad option with the usage, exit 2", () => {
    const r = attest("8d2c6f2e-1111-4c3a-9a53-000000000001");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual(["attest: Document 8d2c6f2e-1111-4c3a-9a53-000000000001 was not found."]);
    const bad = attest("--dry-run");
    expect(bad.code).toBe(2);
    expect(lines(bad.stderr)).toEqual(["attest: unknown option '--dry-run'", "usage: attest reextract [--apply] [--all] [--verbose] [DOCUMENT_ID...]"]);
  }, 60_000);
});

describe("attest reextract while the server holds the embedded database", () => {
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

  it.each([[[]], [["--apply"]]])("refuses %j with one line naming the process, exit 2", (args) => {
    const r = runAttest(["reextract", ...args], { ATTEST_DATA_DIR: busyDir, DATABASE_URL: undefined });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([
      `attest: the embedded database ${busyDir} is in use by process ${holder.pid} (the Attest server?): stop it first, or set DATABASE_URL to use PostgreSQL`,
    ]);
    expect(existsSync(busyDir)).toBe(false);
  });
});
