import { beforeAll, describe, expect, it } from "vitest";
import type { SearchResult } from "@/lib/views/search-result.ts";
import { useDatabase } from "@/test/use-database.ts";
import { importDocuments } from "../documents/import-document.ts";
import { search, SEARCH_WINDOW } from "./search.ts";

// More articles with one word than a search ranks: the newest SEARCH_WINDOW of them are ranked,
// the page says so, and a rarer word still reaches the oldest article.
const t = useDatabase();
const COUNT = SEARCH_WINDOW + 5;
const titles: string[] = [];
beforeAll(async () => {
  const articles = Array.from({ length: COUNT }, (_, n) => {
    const title = `Banjir di desa nomor ${n + 1}`;
    titles.push(title);
    const rare = n === 0 ? " Warga menyebut sungai Qelvarin meluap." : "";
    const body = `${title}\n\nBanjir merendam rumah warga pada pagi hari.${rare} "Banjir datang cepat sekali di desa ${n + 1}," kata Budi Santoso, petugas desa.`;
    return { title, body, language: "id" };
  });
  // In order, so that import order is article order (the window is newest first by import).
  for (const article of articles) await importDocuments(t.database.db, t.as.editor, [article]);
}, 120_000);

const all = async (query: Record<string, unknown>) => {
  const found: SearchResult[] = [];
  let cursor: string | undefined;
  let rankedWithin: number | null = null;
  do {
    const page = await search(t.database.db, t.as.viewer, { type: "document", ...query, limit: 50, cursor });
    found.push(...page.results);
    rankedWithin = page.rankedWithin;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { found, rankedWithin };
};

describe("a word in more articles than a search ranks", () => {
  it("ranks the newest SEARCH_WINDOW of them, every page of them once, and says so", async () => {
    const { found, rankedWithin } = await all({ q: "banjir" });
    expect(rankedWithin).toBe(SEARCH_WINDOW);
    expect(found).toHaveLength(SEARCH_WINDOW);
    expect(new Set(found.map((r) => r.id)).size).toBe(SEARCH_WINDOW);
    const seen = new Set(found.map((r) => r.title));
    // The five oldest are outside the window.
    expect(titles.slice(0, 5).some((title) => seen.has(title))).toBe(false);
    expect(seen.has(titles[COUNT - 1]!)).toBe(true);
  });

  it("a rarer word reaches the oldest article, with nothing said about a window", async () => {
    const { found, rankedWithin } = await all({ q: "banjir Qelvarin" });
    expect(rankedWithin).toBeNull();
    expect(found.map((r) => r.title)).toEqual([titles[0]]);
  });

  it("an excluded word ranks every matching item, the oldest article's included", async () => {
    const oldest = (await all({ q: "banjir Qelvarin" })).found[0]!.id;
    const inWindow = (await all({ q: "banjir", type: "quote" })).found;
    expect(inWindow.length).toBeGreaterThan(0);
    expect(inWindow.some((r) => r.documentId === oldest)).toBe(false);
    // "-hujan" is in no article: every quote matches, ranked without the window.
    const { found, rankedWithin } = await all({ q: "banjir -hujan", type: "quote" });
    expect(found).toHaveLength(COUNT);
    expect(found.some((r) => r.documentId === oldest)).toBe(true);
    expect(rankedWithin).toBeNull();
  });
});
