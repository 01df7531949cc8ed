import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadArticles, type Article } from "./corpus.ts";

const FIRST = ["Ayu", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indra", "Joko", "Kartika", "Lestari", "Maya", "Nanda", "Oki", "Putri", "Rudi", "Sari", "Tono", "Wati"];
const LAST = ["Santoso", "Wijaya", "Pratama", "Hidayat", "Saputra", "Kusuma", "Nugroho", "Halim", "Siregar", "Lubis", "Tanjung", "Harahap", "Rahman", "Setiawan", "Gunawan", "Purnomo", "Wibowo", "Susanto", "Utama", "Sinaga"];

/**
 * The n-th of `count` articles for an import benchmark: a fixture article (in turn) with a
 * dateline and a closing quote of its own, so every content hash differs and speakers both
 * recur (400 names, each in a few articles) and are new, as in a real week of a newsroom's copy.
 */
export function benchArticle(sources: Article[], n: number): { name: string; text: string } {
  const source = sources[n % sources.length]!;
  const speaker = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
  const [title, ...rest] = source.text.split("\n");
  const closing =
    source.lang === "id"
      ? `"Kami akan meninjau kembali data wilayah ${n} pekan depan," kata Kepala Dinas ${speaker} di Jakarta.`
      : `"We will review the figures for district ${n} next week," said Commissioner ${speaker}.`;
  const dateline = source.lang === "id" ? `Laporan ${n + 1}.` : `Report ${n + 1}.`;
  return { name: `${String(n).padStart(5, "0")}-${source.name}`, text: [title, dateline, ...rest, closing, ""].join("\n") };
}

/** The annotated fixtures, the repository's own text (the seed article is the first of them). */
export function benchSources(root: string): Article[] {
  return loadArticles(join(root, "test/fixtures/eval"));
}

/** Writes `count` articles to `dir`; returns their paths in order. */
export function writeBenchArticles(root: string, dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const sources = benchSources(root);
  return Array.from({ length: count }, (_, n) => {
    const { name, text } = benchArticle(sources, n);
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
