import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "@/lib/extract/index.ts";
import { lines, ROOT, runAttest } from "@/test/run-attest.ts";

const SEED = join(ROOT, "seeds/bisnis-2023-01-16-nato-heavy-weapons.txt");
const EN_ARTICLE = join(ROOT, "test/fixtures/eval/05-en-white-paper-public-health.txt");
const attest = (...args: string[]) => runAttest(args);
const roundTrip = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "attest-cli-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("attest extract FILE", () => {
  it("prints extract() of the file as JSON", () => {
    const r = attest("extract", SEED);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(roundTrip(extract(readFileSync(SEED, "utf8"))));
  });

  it("gives empty lists for an empty file", () => {
    const file = join(tmp, "empty.txt");
    writeFileSync(file, "");
    const r = attest("extract", file);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.quotes).toEqual([]);
    expect(out.claims).toEqual([]);
  });

  it("forces the language with --lang", () => {
    const r = attest("extract", "--lang", "en", SEED);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(roundTrip(extract(readFileSync(SEED, "utf8"), { lang: "en" })));
  });
});

describe("attest extract errors: one line on stderr, exit 2", () => {
  it("names a missing file", () => {
    const r = attest("extract", join(tmp, "nope.txt"));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([`attest: cannot read ${join(tmp, "nope.txt")}: no such file`]);
  });

  it("refuses a directory", () => {
    const r = attest("extract", tmp);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`attest: cannot read ${tmp}: is a directory`]);
  });

  it("refuses bytes that are not UTF-8", () => {
    const file = join(tmp, "latin1.txt");
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])); // "café" in Latin-1
    const r = attest("extract", file);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`attest: cannot read ${file}: not valid UTF-8 text`]);
  });

  it("refuses a binary file with NUL bytes", () => {
    const file = join(tmp, "image.txt");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const r = attest("extract", file);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`attest: cannot read ${file}: binary file (contains NUL bytes)`]);
  });
});

describe("attest extract --out", () => {
  it("writes DIR/<name>.pred.json for each .txt or .md, creating DIR", () => {
    const md = join(tmp, "note.md");
    writeFileSync(md, "Dia berkata, “Kami datang.”\n");
    const out = join(tmp, "preds", "nested");
    const r = attest("extract", "--out", out, SEED, EN_ARTICLE, md);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "05-en-white-paper-public-health.pred.json",
      "bisnis-2023-01-16-nato-heavy-weapons.pred.json",
      "note.pred.json",
    ]);
    const written = JSON.parse(readFileSync(join(out, "05-en-white-paper-public-health.pred.json"), "utf8"));
    expect(written).toEqual(roundTrip(extract(readFileSync(EN_ARTICLE, "utf8"))));
    expect(lines(r.stderr)).toHaveLength(3);
    expect(r.stderr).toMatch(/^wrote .*note\.pred\.json \(\d+ quotes, \d+ claims\)$/m);
  });

  it("writes nothing when one input cannot be read", () => {
    const out = join(tmp, "not-created");
    const r = attest("extract", "--out", out, SEED, join(tmp, "missing.txt"));
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe("attest usage errors: exit 2 with usage", () => {
  it.each([
    ["an unknown --lang", ["extract", "--lang", "fr", SEED], "--lang must be id or en, not 'fr'"],
    ["an unknown flag", ["extract", "--frobnicate", SEED], "unknown option '--frobnicate'"],
    ["an unknown command", ["frobnicate"], "unknown command 'frobnicate'"],
    ["no command", [], "no command given"],
    ["several files without --out", ["extract", SEED, EN_ARTICLE], "give one FILE, or --out DIR for several"],
  ])("rejects %s", (_, args, message) => {
    const r = attest(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)[0]).toBe(`attest: ${message}`);
    expect(r.stderr).toContain("usage: attest");
  });

  it("prints usage on --help and exits 0", () => {
    for (const args of [["--help"], ["extract", "--help"]]) {
      const r = attest(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("attest extract [--lang id|en] --out DIR FILE...");
    }
  });
});

describe("attest extract on a large file", () => {
  it("reads a 10 MB article whole", () => {
    const seed = readFileSync(SEED, "utf8");
    const big = join(tmp, "big.txt");
    writeFileSync(big, Array(Math.ceil(10_000_000 / seed.length)).fill(seed).join("\n\n"));
    mkdirSync(join(tmp, "big-out"));
    const r = attest("extract", "--out", join(tmp, "big-out"), big);
    expect(r.code).toBe(0);
    expect(existsSync(join(tmp, "big-out", "big.pred.json"))).toBe(true);
  }, 60_000);
});
