import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../lib/extract/index.ts";

export interface Article {
  name: string;
  lang: Lang;
  text: string;
}

export const utf8Bytes = (s: string) => Buffer.byteLength(s, "utf8");

/** The annotated articles of an eval folder (`NN-id-slug.txt`, `NN-en-slug.txt`), without their `.source.txt` licences. */
export function loadArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && !f.endsWith(".source.txt"))
    .sort()
    .map((name) => {
      const lang = /^\d+-(id|en)-/.exec(name)?.[1];
      if (lang !== "id" && lang !== "en") throw new Error(`${name}: cannot tell the language from the name`);
      return { name, lang, text: readFileSync(join(dir, name), "utf8") };
    });
}

/**
 * The texts, in order, repeated until the corpus has at least minBytes of UTF-8, separated by blank lines.
 * Whole repetitions only, so a smaller corpus of the same texts is a prefix of a larger one.
 */
export function buildCorpus(texts: string[], minBytes: number): string {
  if (texts.length === 0) throw new Error("no texts to build a corpus from");
  const unit = texts.join("\n\n");
  const sep = 2;
  const copies = Math.max(1, Math.ceil((minBytes + sep) / (utf8Bytes(unit) + sep)));
  return Array<string>(copies).fill(unit).join("\n\n");
}
