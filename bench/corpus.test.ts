import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { articlesTo, buildCorpus, fit, hostile, loadArticles, normalSource, repeatTo, SHARED_CORPORA, utf8Bytes } from "./corpus.ts";

const FIXTURES = fileURLToPath(new URL("../test/fixtures/eval", import.meta.url));

describe("buildCorpus", () => {
  it("reaches the size in UTF-8 bytes, not UTF-16 units", () => {
    const corpus = buildCorpus(["“Kata dia.”"], 1000); // curly quotes are 3 bytes each
    expect(utf8Bytes(corpus)).toBeGreaterThanOrEqual(1000);
    expect(corpus.length).toBeLessThan(1000);
  });

  it("repeats whole texts separated by blank lines, in order", () => {
    expect(buildCorpus(["a", "b"], 8)).toBe("a\n\nb\n\na\n\nb");
  });

  it("makes a smaller corpus a prefix of a larger one", () => {
    const texts = ["satu dua", "three four"];
    expect(buildCorpus(texts, 100_000).startsWith(buildCorpus(texts, 10_000))).toBe(true);
  });
});

describe("articlesTo", () => {
  it("adds whole texts, going round again, until the size is reached", () => {
    expect(articlesTo(["aaa", "bb", "c"], 10)).toBe("aaa\n\nbb\n\nc");
    expect(articlesTo(["aaa", "bb", "c"], 11)).toBe("aaa\n\nbb\n\nc\n\naaa");
    expect(articlesTo(["aaa", "bb"], 3)).toBe("aaa");
  });

  it("counts UTF-8 bytes and the blank lines between texts", () => {
    const corpus = articlesTo(["“x”", "y"], 10);
    expect(corpus).toBe("“x”\n\ny");
    expect(utf8Bytes(corpus)).toBeGreaterThanOrEqual(10);
  });
});

describe("repeatTo", () => {
  it("joins whole copies with the separator until the size is reached", () => {
    expect(repeatTo("ab", 7, " ")).toBe("ab ab ab");
    expect(repeatTo("ab", 1, " ")).toBe("ab");
  });

  it("keeps a one-paragraph unit one paragraph when joined by a space", () => {
    expect(repeatTo("one line.", 100, " ")).not.toMatch(/\n/);
  });
});

describe("fit", () => {
  it("cuts at the first separator at or after the size", () => {
    expect(fit("aa bb cc dd", 4, " ")).toBe("aa bb");
    expect(fit("one\ntwo\nthree", 5, "\n")).toBe("one\ntwo");
  });

  it("repeats a short text first: lines by blank lines, words by spaces", () => {
    expect(fit("ab cd", 8, " ")).toBe("ab cd ab");
    expect(fit("ab", 5, "\n")).toBe("ab\n\nab");
  });

  it("counts UTF-8 bytes and never splits a character", () => {
    const out = fit("“é” “é” “é”", 9, " ");
    expect(out).toBe("“é” “é”");
    expect(utf8Bytes(out)).toBeGreaterThanOrEqual(9);
    expect(fit("“é” “é”", 8, " ")).toBe("“é”");
  });
});

describe("loadArticles", () => {
  it("reads the annotated eval articles, not their .source.txt licences", () => {
    const articles = loadArticles(FIXTURES);
    expect(articles.map((a) => a.name).filter((n) => n.includes("source"))).toEqual([]);
    expect(articles.filter((a) => a.lang === "id").length).toBeGreaterThan(0);
    expect(articles.filter((a) => a.lang === "en").length).toBeGreaterThan(0);
  });
});

describe("normalSource", () => {
  it("falls back to the fixtures, by language, when the shared corpora are absent", () => {
    const source = normalSource(join(tmpdir(), "no-such-corpora-here"), FIXTURES);
    expect(source.shared).toBe(false);
    expect(source.en.every((a) => a.lang === "en") && source.en.length > 0).toBe(true);
    expect(source.id.every((a) => a.lang === "id") && source.id.length > 0).toBe(true);
  });

  it("reads both shared folders when they are there", () => {
    const dir = mkdtempSync(join(tmpdir(), "attest-corpora-"));
    for (const [lang, folder] of Object.entries(SHARED_CORPORA)) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, `001-${lang}-made-up.txt`), `A text written for this test (${lang}).`);
      writeFileSync(join(dir, folder, `001-${lang}-made-up.gold.json`), "{}");
    }
    const source = normalSource(dir, FIXTURES);
    expect(source.shared).toBe(true);
    expect(source.en.map((a) => a.name)).toEqual(["001-en-made-up.txt"]);
    expect(source.id.map((a) => a.name)).toEqual(["001-id-made-up.txt"]);
  });
});

describe("hostile shapes", () => {
  const text = `Mayor Ana Ruiz said: "We open on Monday." It's done.\n\n‘Fine,’ the clerk added. Really?\r\nYes… “Sure.”`;

  it("noQuoteMarks leaves no mark the extractor pairs, and keeps the lines", () => {
    const out = hostile.noQuoteMarks(text);
    expect(out).not.toMatch(/["'‘’‚‛“”„‟«»＂〝〞]/);
    expect(out.split("\n").length).toBe(text.split("\n").length);
  });

  it("oneParagraph has no line break left", () => {
    expect(hostile.oneParagraph(text)).not.toMatch(/[\r\n]/);
    expect(hostile.oneParagraph("a\n\nb \r\n c")).toBe("a b c");
  });

  it("noTerminators is one paragraph with no sentence end", () => {
    expect(hostile.noTerminators(text)).not.toMatch(/[\r\n.!?…]/);
  });

  it("wordsOnly keeps letters, digits and single spaces", () => {
    expect(hostile.wordsOnly("Rp 10, kata Budi.\n“Ya!” 3%")).toBe("Rp 10 kata Budi Ya 3");
  });

  it("titleCase capitalises every word but not after an apostrophe", () => {
    expect(hostile.titleCase("the mayor's office\nsaid it’s élan")).toBe("The Mayor's Office\nSaid It’s Élan");
  });

  it("capitalisedRun is capitalised words and spaces only", () => {
    expect(hostile.capitalisedRun("the mayor, said.\nyes")).toBe("The Mayor Said Yes");
  });

  it("unpairedQuotes opens a quote after every sentence and closes none", () => {
    const out = hostile.unpairedQuotes("One. Two! Three? Four.\nFive.");
    expect(out).toBe('One. "Two! "Three? "Four. "Five.');
  });

  it("apostropheRuns puts four apostrophes between words", () => {
    expect(hostile.apostropheRuns("a b\nc")).toBe("a '''' b '''' c");
  });
});
