import { parseFeed } from "feedsmith";
import { absoluteHttp } from "./absolute-http.ts";

/** One story a feed lists: its stable key (guid or id, else its link) and where to read it. */
export interface FeedEntry {
  key: string;
  link: string;
  title?: string;
}

export interface ReadFeed {
  title?: string;
  entries: FeedEntry[];
}

/**
 * An RSS, Atom, RDF or JSON feed's stories, newest first as feeds list them. Entries with no
 * http(s) link are left out: there is nothing to fetch. Throws when the text is not a feed.
 */
export function readFeed(text: string, base: string): ReadFeed {
  const parsed = parseFeed(text);
  const { format, feed } = parsed as { format: string; feed: Record<string, unknown> };
  const raw = (format === "atom" ? feed.entries : feed.items) as Record<string, unknown>[] | undefined;
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  for (const item of raw ?? []) {
    const link = absoluteHttp(linkOf(format, item), base);
    if (!link) continue;
    const key = String(idOf(format, item) ?? link).slice(0, 2000);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ key, link, title: textOf(item.title) });
  }
  return { title: textOf(feed.title), entries };
}

function linkOf(format: string, item: Record<string, unknown>): string | undefined {
  if (format === "atom") {
    const links = (item.links as { href?: string; rel?: string }[] | undefined) ?? [];
    return (links.find((l) => !l.rel || l.rel === "alternate") ?? links[0])?.href;
  }
  if (format === "json") return (item.url as string | undefined) ?? (item.external_url as string | undefined);
  const guid = item.guid as { value?: string; isPermaLink?: boolean } | undefined;
  return (item.link as string | undefined) ?? (guid?.isPermaLink !== false ? guid?.value : undefined);
}

function idOf(format: string, item: Record<string, unknown>): string | undefined {
  if (format === "atom" || format === "json") return item.id as string | undefined;
  return (item.guid as { value?: string } | undefined)?.value;
}

function textOf(v: unknown): string | undefined {
  const s = typeof v === "string" ? v : v && typeof v === "object" && "value" in v ? String((v as { value: unknown }).value) : undefined;
  return s?.replace(/\s+/g, " ").trim() || undefined;
}
