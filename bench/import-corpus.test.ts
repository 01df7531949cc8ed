import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extract/index.ts";
import { contentHash } from "@/lib/import/content-hash.ts";
import { normaliseBody } from "@/lib/import/normalise-body.ts";
import { benchArticle, benchSources, writeBenchArticles } from "./import-corpus.ts";

const sources = benchSources(".");

describe("the import benchmark's articles", () => {
  it("are the fixtures in turn, each with a content hash of its own", () => {
    const articles = Array.from({ length: 200 }, (_, n) => benchArticle(sources, n));
    expect(new Set(articles.map((a) => contentHash(normaliseBody(a.text)))).size).toBe(200);
    expect(articles[sources.length]!.name).toMatch(new RegExp(`-${sources[0]!.name}$`));
    expect(benchArticle(sources, 7)).toEqual(benchArticle(sources, 7));
  });

  it("end with a quote whose speaker the extractor finds, and speakers recur across articles", () => {
    const speakers = [3, 403].map((n) => {
      const { text } = benchArticle(sources, n);
      return extract(normaliseBody(text)).quotes.at(-1)?.speaker;
    });
    expect(speakers[0]).toBe("Dewi Santoso");
    expect(speakers[1]).toBe(speakers[0]);
  });

  it("are written to a folder, in order", () => {
    const dir = mkdtempSync(join(tmpdir(), "attest-bench-corpus-"));
    try {
      const files = writeBenchArticles(".", dir, 3);
      expect(files.map((f) => f.slice(dir.length + 1, dir.length + 6))).toEqual(["00000", "00001", "00002"]);
      expect(readFileSync(files[1]!, "utf8")).toBe(benchArticle(sources, 1).text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
