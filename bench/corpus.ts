import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "@/lib/extract/index.ts";

export interface Article {
  name: string;
  lang: Lang;
  text: string;
}

export const utf8Bytes = (s: string) => Buffer.byteLength(s, "utf8");

/**
 * The annotated articles of an eval folder (`NN-id-slug.txt`, `NNN-en-slug.txt`), without their
 * `.source.txt` licences. The project's fixtures and the shared corpora are named alike.
 */
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

/** Where the normal corpora come from: real articles, or the project's own fixtures when those are absent. */
export interface NormalSource {
  en: Article[];
  id: Article[];
  /** How the table names where the articles came from. */
  label: { en: string; id: string };
  shared: boolean;
}

/** Folders of `../shared/eval/corpora/` the normal corpora are built from. */
export const SHARED_CORPORA = { en: "polnear-train-en", id: "pfsa-dev-id" } as const;

/**
 * The real articles of the shared corpora when both folders are there (a script may read them;
 * a test never does), else the fixtures' articles of each language.
 */
export function normalSource(sharedDir: string, fixturesDir: string): NormalSource {
  const en = join(sharedDir, SHARED_CORPORA.en);
  const id = join(sharedDir, SHARED_CORPORA.id);
  if (existsSync(en) && existsSync(id)) {
    return { en: loadArticles(en), id: loadArticles(id), label: { en: SHARED_CORPORA.en, id: SHARED_CORPORA.id }, shared: true };
  }
  const fixtures = loadArticles(fixturesDir);
  return {
    en: fixtures.filter((a) => a.lang === "en"),
    id: fixtures.filter((a) => a.lang === "id"),
    label: { en: "test/fixtures/eval (en)", id: "test/fixtures/eval (id)" },
    shared: false,
  };
}

/**
 * Copies of `unit`, joined by `sep`, until there are at least minBytes of UTF-8. Whole copies
 * only, so a smaller result is a prefix of a larger one.
 */
export function repeatTo(unit: string, minBytes: number, sep = "\n\n"): string {
  const gap = utf8Bytes(sep);
  const copies = Math.max(1, Math.ceil((minBytes + gap) / (utf8Bytes(unit) + gap)));
  return Array<string>(copies).fill(unit).join(sep);
}

/**
 * Whole texts, in order and round again from the first when they run out, separated by blank
 * lines, until there are at least minBytes of UTF-8: a corpus of about that size that ends where
 * an article ends.
 */
export function articlesTo(texts: string[], minBytes: number): string {
  if (texts.length === 0) throw new Error("no texts to build a corpus from");
  const out: string[] = [];
  let bytes = -2;
  for (let i = 0; bytes < minBytes; i = (i + 1) % texts.length) {
    out.push(texts[i]!);
    bytes += utf8Bytes(texts[i]!) + 2;
  }
  return out.join("\n\n");
}

/**
 * The texts, in order, repeated until the corpus has at least minBytes of UTF-8, separated by blank lines.
 * Whole repetitions only, so a smaller corpus of the same texts is a prefix of a larger one.
 */
export function buildCorpus(texts: string[], minBytes: number): string {
  if (texts.length === 0) throw new Error("no texts to build a corpus from");
  return repeatTo(texts.join("\n\n"), minBytes);
}

/**
 * `text` cut (or first repeated, copies joined by `sep`, a blank line for a line break) to at
 * least minBytes of UTF-8, ending just before the first `sep` at or after that size: whole lines,
 * or whole words of a one-paragraph text. `sep` is one ASCII character, so no character is split.
 */
export function fit(text: string, minBytes: number, sep: "\n" | " "): string {
  const long = utf8Bytes(text) >= minBytes ? text : repeatTo(text, minBytes, sep === "\n" ? "\n\n" : sep);
  const buf = Buffer.from(long, "utf8");
  const end = buf.indexOf(sep.charCodeAt(0), Math.max(0, minBytes));
  return end < 0 ? long : buf.subarray(0, end).toString("utf8");
}

/** Every mark the extractor pairs as a quote: " ' ‘ ’ ‚ ‛ “ ” „ ‟ « » ＂ 〝 〞. */
const QUOTE_MARKS = /["'\u2018-\u201f\u00ab\u00bb\uff02\u301d\u301e]/g;

/**
 * Shapes of text that have made extractors slow: each keeps the words of real text and takes
 * away (or piles up) what the passes lean on — quote marks, line breaks, sentence ends, case.
 */
export const hostile = {
  /** No quote marks at all, one paragraph a line. */
  noQuoteMarks: (text: string) => text.replace(QUOTE_MARKS, ""),
  /** One paragraph: every line break and the blanks around it become one space. */
  oneParagraph: (text: string) => text.replace(/[ \t]*[\r\n]+[ \t]*/g, " ").trim(),
  /** One paragraph with no sentence terminator: a single sentence as long as the text. */
  noTerminators: (text: string) => hostile.oneParagraph(text).replace(/[.!?…]/g, ""),
  /** One paragraph of words only: no punctuation, no quote marks, no sentence ends. */
  wordsOnly: (text: string) => hostile.oneParagraph(text).replace(/[^\p{L}\p{N}\s]+/gu, "").replace(/ {2,}/g, " "),
  /** Every word capitalised, lines kept: headline case, one long name chain after another. */
  titleCase: (text: string) => text.replace(/(^|[^\p{L}\p{M}'’])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase()),
  /** One paragraph of capitalised words with no punctuation: a name chain as long as the text. */
  capitalisedRun: (text: string) => hostile.titleCase(hostile.wordsOnly(text)),
  /** One paragraph with a stray opening quote mark after every sentence: thousands of unpaired marks. */
  unpairedQuotes: (text: string) => hostile.oneParagraph(hostile.noQuoteMarks(text)).replace(/([.!?]) /g, '$1 "'),
  /** One paragraph with a run of four apostrophes ('' '') between every two words. */
  apostropheRuns: (text: string) => hostile.oneParagraph(text).replace(/ /g, " '''' "),
};

export type HostileShape = keyof typeof hostile;
