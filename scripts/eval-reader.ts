/**
 * `npm run eval:reader`: how much of a story the URL import keeps, judged on hundreds of real
 * articles. Each article of the two corpora in ../shared/eval/corpora (when present; they never
 * enter the repository) is laid out in a news page as sites serve them — menus, a breadcrumb, a
 * share bar, "Baca juga"/"Read more" lines between its paragraphs, an ad slot, a sidebar of
 * other headlines, a footer — and read back with readArticle. Per article: the share of its
 * paragraphs kept word for word (recall), and the share of what was kept that is its own text
 * rather than page furniture (precision); medians, the worst, and how many came back empty.
 * usage: npm run eval:reader [-- --dir PATH]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readArticle } from "@/lib/intake/read-article.ts";

const dirArg = process.argv.indexOf("--dir");
const ROOT = dirArg > 0 ? process.argv[dirArg + 1]! : "../shared/eval/corpora";
if (!existsSync(ROOT)) {
  console.error(`eval:reader: ${ROOT} is not here; this script measures on the shared corpora only.`);
  process.exit(1);
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function page(title: string, paragraphs: string[], lang: "id" | "en", n: number): string {
  const aside = lang === "id" ? "Baca juga" : "Read more";
  // Every other article as older sites still serve them: one <div>, paragraphs split by <br><br>.
  const body = n % 2 === 1
    ? `<div class="detail__body-text">${paragraphs.map((p, i) => `${escape(p)}${i % 4 === 3 ? `<br><br><strong>${aside}:</strong> <a href="/x/${n}-${i}">Kabar lain nomor ${i}</a>` : ""}`).join("<br><br>")}</div><div id="cookie">We use cookies. <button>OK</button></div>`
    : paragraphs
    .map((p, i) => `<p>${escape(p)}</p>${i % 3 === 2 ? `<p><strong>${aside}: <a href="/x/${n}-${i}">Kabar lain hari ini nomor ${i}</a></strong></p>` : ""}${i === 4 ? '<div class="ads">ADVERTISEMENT</div>' : ""}`)
    .join("\n");
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)} - Portal Berita</title>
<meta property="og:title" content="${escape(title)}"><meta property="og:site_name" content="Portal Berita">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"2024-05-0${(n % 9) + 1}T10:00:00+07:00","publisher":{"@type":"Organization","name":"Portal Berita"}}</script></head>
<body><header><nav><a href="/">Beranda</a> <a href="/news">News</a> <a href="/politik">Politik</a> <a href="/ekonomi">Ekonomi</a> <a href="/sport">Sport</a></nav></header>
<main><div class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a></div>
<article><h1>${escape(title)}</h1><div class="meta">By Staff Writer · 10:00</div><div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Copy link</a></div>
${body}
<div class="tags"><a href="/t/a">politics</a> <a href="/t/b">economy</a></div></article>
<aside><h2>Most read</h2><ol>${Array.from({ length: 6 }, (_, i) => `<li><a href="/m/${i}">Headline number ${i} of the day that many readers opened</a></li>`).join("")}</ol></aside></main>
<footer><p>© 2024 Portal Berita. All rights reserved.</p><p><a href="/about">About</a> <a href="/privacy">Privacy</a></p></footer></body></html>`;
}

interface Score {
  recall: number;
  precision: number;
}

function score(file: string, lang: "id" | "en", n: number): Score | null {
  const lines = readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length < 3) return null;
  const [title, ...paragraphs] = lines;
  const article = readArticle(page(title!, paragraphs, lang, n), `https://portal.example/news/${n}`);
  if (!article) return { recall: 0, precision: 0 };
  // Runs of spaces are one space on a web page: compared as a reader sees them.
  const squeeze = (l: string) => l.replace(/\s+/g, " ").trim();
  const kept = article.body.split("\n").map(squeeze).filter(Boolean);
  const own = new Set(paragraphs.map(squeeze));
  const keptOwn = kept.filter((l) => own.has(l)).length;
  return { recall: new Set(kept.filter((l) => own.has(l))).size / own.size, precision: kept.length ? keptOwn / kept.length : 0 };
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / (v.length || 1);

for (const [folder, lang] of [["polnear-train-en", "en"], ["pfsa-dev-id", "id"]] as const) {
  const dir = join(ROOT, folder);
  if (!existsSync(dir)) continue;
  const scores = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f, n) => score(join(dir, f), lang, n))
    .filter((s): s is Score => s !== null);
  const recall = scores.map((s) => s.recall);
  const precision = scores.map((s) => s.precision);
  console.log(
    `${folder}: ${scores.length} articles; paragraphs kept: mean ${mean(recall).toFixed(3)}, median ${median(recall).toFixed(3)}, min ${Math.min(...recall).toFixed(3)}; ` +
      `own text among what was kept: mean ${mean(precision).toFixed(3)}, min ${Math.min(...precision).toFixed(3)}; ` +
      `whole story kept in ${recall.filter((r) => r === 1).length}, nothing kept in ${recall.filter((r) => r === 0).length}`,
  );
}
