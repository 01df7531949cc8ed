import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "@/lib/import/html-to-text.ts";
import { readPageMetadata, type PageMetadata } from "./page-metadata.ts";

/** A news page reduced to what Attest stores: the article's own text and what the page says of it. */
export interface PageArticle extends Omit<PageMetadata, "canonicalUrl"> {
  title: string;
  body: string;
  sourceName: string;
  /** The canonical address when the page names one, else where the fetch ended up. */
  sourceUrl: string;
}

// Lines that point elsewhere inside a story: on Indonesian sites nearly every story has several.
const ASIDE_LINE = /^\s*(baca juga|baca:|simak juga|simak:|lihat juga|tonton juga|read also|read more|also read|related:|see also)\b/i;
const MIN_BODY_CHARS = 200;
// Cookie and consent banners: Readability's own list of unlikely blocks does not name them.
const CONSENT = '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [id*="gdpr" i], [class*="gdpr" i]';
// Whole lines that are page furniture Readability lets through: ad slots, a dateline of its own.
const FURNITURE_LINE = /^(advertisement|iklan|scroll to continue with content|scroll untuk melanjutkan|lanjutkan membaca|continue reading)$/i;
// A byline the page's metadata did not name: short, near the top, no sentence in it.
const BYLINE = /^(?:[Bb]y|BY|[Oo]leh|OLEH|[Pp]enulis|PENULIS|[Rr]eporter|REPORTER|[Ww]artawan|WARTAWAN)\b:?\s+\p{Lu}[^.!?]{0,80}$/u;
const DATE_LINE =
  /^((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?\d{1,2}\s+\p{L}+\s+\d{4}(,?\s+(pukul\s+)?\d{1,2}[:.]\d{2}(\s*(wib|wita|wit|gmt|utc|bst))?)?$/iu;

/**
 * Reads a fetched page as a browser's reader view would (Mozilla's Readability over a
 * server-side DOM), keeping the story and dropping menus, "Baca juga" links, share buttons and
 * sidebars. Null when the page holds no article (a front page, a search page, a log-in wall).
 */
export function readArticle(html: string, pageUrl: string): PageArticle | null {
  const { document } = parseHTML(html);
  if (deeperThan(document.documentElement as unknown as Element, MAX_DEPTH)) throw new PageTooDeepError();
  const metadata = readPageMetadata(document as unknown as Document, pageUrl);

  for (const el of document.querySelectorAll(CONSENT)) el.remove();
  for (const el of document.querySelectorAll("p, div, li, strong, b, span, h3, h4")) {
    const text = el.textContent ?? "";
    if (text.length >= 300 || !ASIDE_LINE.test(text)) continue;
    // "<strong>Baca juga:</strong> <a>…</a>" inline in a paragraph: the link is the aside's too.
    let next = el.nextSibling;
    while (next && next.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
    if (next?.nodeName === "A") next.remove();
    el.remove();
  }

  const parsed = new Readability(document as unknown as Document, { charThreshold: MIN_BODY_CHARS }).parse();
  const body = parsed?.content ? htmlToText(parsed.content).trim() : "";
  if (body.replace(/\s+/g, " ").length < MIN_BODY_CHARS) return null;

  const host = new URL(pageUrl).hostname.replace(/^www\./, "");
  const author = metadata.author ?? parsed?.byline?.trim() ?? undefined;
  const { canonicalUrl, ...described } = metadata;
  return {
    ...described,
    title: metadata.title ?? parsed?.title?.trim() ?? host,
    body: storyLines(body, metadata.title ?? parsed?.title ?? "", author),
    sourceName: metadata.sourceName ?? parsed?.siteName?.trim() ?? host,
    sourceUrl: canonicalUrl ?? withoutTracking(pageUrl),
    author,
  };
}

/**
 * Readability's time grows steeply with how deeply tags nest (45 s for 2,000 nested <div>s, a
 * 22 KB page), and it runs in the server: such a page is refused before it is read. News pages
 * nest a few dozen deep.
 */
const MAX_DEPTH = 200;

export class PageTooDeepError extends Error {
  constructor() {
    super(`The page nests its elements more than ${MAX_DEPTH} deep; Attest does not read it.`);
  }
}

function deeperThan(root: Element | null, max: number): boolean {
  const stack: [Element, number][] = root ? [[root, 1]] : [];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > max) return true;
    for (const child of el.children) stack.push([child, depth + 1]);
  }
  return false;
}

/** The body without a repeated headline, a byline, a dateline or ad-slot lines. */
function storyLines(body: string, title: string, author: string | undefined): string {
  const lines = body.split("\n");
  if (title && lines[0]?.trim() === title.trim()) lines.shift();
  const bylines = new Set((author ? [author, `By ${author}`, `Oleh ${author}`, `Penulis: ${author}`] : []).map((b) => b.toLowerCase()));
  return lines
    .filter((line, i) => {
      const l = line.trim();
      return !FURNITURE_LINE.test(l) && !DATE_LINE.test(l) && !bylines.has(l.toLowerCase()) && !(i < 3 && BYLINE.test(l));
    })
    .join("\n")
    .trim();
}

/** utm_* and the like say how a reader arrived, not which article it is. */
function withoutTracking(address: string): string {
  const url = new URL(address);
  const tracking = Array.from(url.searchParams.keys()).filter((key) => /^(utm_|fbclid$|gclid$|mc_)/i.test(key));
  for (const key of tracking) url.searchParams.delete(key);
  return url.href;
}


/** A text/plain story: its first short line is the headline when more follows. */
export function readPlainText(text: string, pageUrl: string): PageArticle | null {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && !lines[0]!.trim()) lines.shift();
  const first = lines[0]?.trim() ?? "";
  const rest = lines.slice(1).join("\n").trim();
  const headline = first.length > 0 && first.length <= 200 && rest.length > 0;
  const body = headline ? rest : text.trim();
  if (!body) return null;
  const host = new URL(pageUrl).hostname.replace(/^www\./, "");
  return { title: headline ? first : host, body, sourceName: host, sourceUrl: withoutTracking(pageUrl) };
}
