import { absoluteHttp } from "./absolute-http.ts";

/**
 * What a news page says about itself, read the way news sites publish it: JSON-LD (schema.org
 * NewsArticle and its kin, alone, in a list or in an @graph), then Open Graph and article:*
 * properties, then plain <meta> and <link rel=canonical>, then <html lang>.
 */
export interface PageMetadata {
  title?: string;
  sourceName?: string;
  /** The canonical address, absolute, http(s) only. */
  canonicalUrl?: string;
  /** As the publisher wrote it: the calendar date in the publisher's own time zone. */
  publishedAt?: string;
  language?: "id" | "en";
  author?: string;
}

const ARTICLE_TYPES = new Set(["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting", "Report", "ReviewNewsArticle"]);

export function readPageMetadata(document: Document, pageUrl: string): PageMetadata {
  const ld = jsonLdArticle(document);
  const meta = (key: string) => {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    return clean(el?.getAttribute("content"));
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");

  const sourceName = clean(nameOf(ld?.publisher)) ?? meta("og:site_name") ?? meta("application-name");
  const title = stripSiteName(clean(text(ld?.headline)) ?? meta("og:title") ?? meta("twitter:title") ?? clean(document.querySelector("title")?.textContent), sourceName);
  return {
    title,
    sourceName,
    canonicalUrl: absoluteHttp(canonical, pageUrl) ?? absoluteHttp(meta("og:url"), pageUrl),
    publishedAt:
      calendarDate(text(ld?.datePublished)) ?? calendarDate(meta("article:published_time")) ?? calendarDate(meta("date")) ?? calendarDate(meta("pubdate")) ?? calendarDate(text(ld?.dateCreated)),
    language: languageOf(text(ld?.inLanguage)) ?? languageOf(document.documentElement?.getAttribute("lang")) ?? languageOf(meta("og:locale")),
    author: authorsOf(ld?.author) ?? meta("author") ?? meta("article:author"),
  };
}

type Ld = Record<string, unknown>;

function jsonLdArticle(document: Document): Ld | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken block on a page is common; the others may still be good
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(node: unknown, depth: number): Ld | undefined {
  if (depth > 4 || !node || typeof node !== "object") return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = findArticle(n, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const ld = node as Ld;
  const types = ([] as unknown[]).concat(ld["@type"] ?? []);
  if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t))) return ld;
  return findArticle(ld["@graph"], depth + 1) ?? findArticle(ld.mainEntity, depth + 1);
}

function text(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return text(v[0]);
  return undefined;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === "object") return text((v as Ld).name);
  return undefined;
}

function authorsOf(v: unknown): string | undefined {
  const names = ([] as unknown[]).concat(v ?? []).map(nameOf).map(clean).filter((n): n is string => !!n);
  return names.length ? names.join(", ") : undefined;
}

function clean(v: string | null | undefined): string | undefined {
  const s = v?.replace(/\s+/g, " ").trim();
  return s ? s : undefined;
}

/** "Title - Site" and "Title | Site" lose the site: it is the source, not the headline. */
function stripSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  for (const sep of [" - ", " | ", " – ", " — ", " :: "]) {
    if (title.endsWith(`${sep}${site}`) && title.length > sep.length + site.length) return title.slice(0, -(sep.length + site.length)).trim();
  }
  return title;
}

/** The date as written, not moved to UTC: a story of 22:45 WIB on 12 March is of 12 March. */
export function calendarDate(v: string | undefined): string | undefined {
  const m = v && /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) && Number(m[1]) >= 1000 ? date : undefined;
}

function languageOf(v: string | null | undefined): "id" | "en" | undefined {
  const primary = v?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "id" || primary === "in" ? "id" : primary === "en" ? "en" : undefined;
}
