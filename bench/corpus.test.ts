import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildCorpus, loadArticles, utf8Bytes } from "./corpus.ts";

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

describe("loadArticles", () => {
  it("reads the annotated eval articles, not their .source.txt licences", () => {
    const articles = loadArticles(fileURLToPath(new URL("../test/fixtures/eval", import.meta.url)));
    expect(articles.map((a) => a.name).filter((n) => n.includes("source"))).toEqual([]);
    expect(articles.filter((a) => a.lang === "id").length).toBeGreaterThan(0);
    expect(articles.filter((a) => a.lang === "en").length).toBeGreaterThan(0);
  });
});
