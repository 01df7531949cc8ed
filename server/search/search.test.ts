import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { items } from "@/db/schema.ts";
import { MATCH_END, MATCH_START, snippetParts, type SearchResult } from "@/lib/views/search-result.ts";
import { importArticles } from "@/test/articles.ts";
import { useDatabase } from "@/test/use-database.ts";
import { getDocument } from "../documents/get-document.ts";
import { addItem } from "../items/add-item.ts";
import { correctItem } from "../items/correct-item.ts";
import { search } from "./search.ts";

const t = useDatabase();
let ids: Awaited<ReturnType<typeof importArticles>>;
beforeAll(async () => {
  ids = await importArticles(t.database.db, t.as.editor);
});

const find = async (query: Record<string, unknown>) => (await search(t.database.db, t.as.viewer, query)).results;
const marked = (r: SearchResult) => snippetParts(r.snippet).filter((p) => p.match).map((p) => p.text.toLowerCase());

describe("search", () => {
  it("finds documents and items by their words, stemmed in the document's language, with the matches marked", async () => {
    // "menyerang" and "serangan" share the Indonesian stem "serang"; "weapons" the English "weapon".
    const results = await find({ q: "senjata berat" });
    expect(results[0]).toMatchObject({ type: "document", id: ids.nato, title: "NATO dan Ukraina", language: "id" });
    const quotes = results.filter((r) => r.type === "quote" || r.type === "claim");
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((r) => r.documentId === ids.nato)).toBe(true);
    expect(marked(results[0]!)).toEqual(expect.arrayContaining(["senjata", "berat"]));
    expect(results[0]!.snippet).not.toMatch(/<|>/);
    const english = await find({ q: "public health" });
    expect(english[0]).toMatchObject({ type: "document", id: ids.health, language: "en" });
  });

  it("takes quoted phrases and -excluded words", async () => {
    const phrase = await find({ q: '"senjata berat"', type: "document" });
    expect(phrase.map((r) => r.id)).toEqual([ids.nato]);
    expect(await find({ q: '"berat senjata"', type: "document" })).toEqual([]);
    expect(await find({ q: "senjata -ukraina", type: "document" })).toEqual([]);
  });

  it("finds a speaker by a misspelt name, with their quote count", async () => {
    const [person] = await find({ q: "Zelensky", type: "person" });
    expect(person).toMatchObject({ type: "person", name: expect.stringMatching(/Zelenskyy/) });
    const [{ n }] = (await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(items)
      .where(and(eq(items.speakerId, person!.id), isNull(items.removedAt)))) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
    expect(person!.snippet).toContain(`${n} ${n === 1 ? "quote" : "quotes"}`);
  });

  it("narrows by type, status, speaker, language and dates", async () => {
    const quotes = await find({ q: "senjata", type: "quote" });
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((r) => r.type === "quote" && r.status === "pending")).toBe(true);
    expect(await find({ q: "senjata", status: "verified" })).toEqual([]);
    expect((await find({ q: "senjata", language: "en" })).filter((r) => r.documentId === ids.nato)).toEqual([]);
    expect((await find({ q: "senjata", from: "2023-01-17" })).filter((r) => r.documentId === ids.nato)).toEqual([]);
    const [quote] = await t.database.db.select({ speakerId: items.speakerId }).from(items).where(eq(items.documentId, ids.nato)).limit(1);
    const bySpeaker = await find({ q: "senjata", speaker: quote!.speakerId });
    expect(bySpeaker.every((r) => r.type === "quote")).toBe(true);
  });

  it("pages through the results with a cursor, each once, in score order", async () => {
    const all = await find({ q: "ukraina", limit: 50 });
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search(t.database.db, t.as.viewer, { q: "ukraina", limit: 2, cursor });
      seen.push(...page.results.map((r) => `${r.type}:${r.id}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.map((r) => `${r.type}:${r.id}`));
  });

  it("keeps a corrected item's words current, and leaves removed items out", async () => {
    const [item] = await t.database.db.select().from(items).where(eq(items.documentId, ids.nato)).limit(1);
    await correctItem(t.database.db, t.as.editor, item!.id, { version: item!.version, removed: true });
    const results = await find({ q: item!.text.split(" ").slice(0, 4).join(" "), type: item!.type });
    expect(results.map((r) => r.id)).not.toContain(item!.id);
  });

  it("finds an item added by hand, and its new words after a re-span (the trigger's two paths)", async () => {
    const db = t.database.db;
    const { document } = await getDocument(db, t.as.editor, ids.nato);
    const start = document.body.indexOf("gelombang serangan Rusia");
    const { item } = await addItem(db, t.as.editor, ids.nato, { type: "claim", start, end: start + "gelombang serangan Rusia".length });
    expect((await find({ q: "gelombang", type: "claim" })).map((r) => r.id)).toContain(item.id);
    const other = document.body.indexOf("hanya dapat dihentikan di medan perang");
    await correctItem(db, t.as.editor, item.id, { version: item.version, start: other, end: other + "hanya dapat dihentikan di medan perang".length });
    expect((await find({ q: "gelombang", type: "claim" })).map((r) => r.id)).not.toContain(item.id);
    expect((await find({ q: "medan perang", type: "claim" })).map((r) => r.id)).toContain(item.id);
  });

  it("refuses an empty search, a bad filter and a tampered cursor, and asks for a session", async () => {
    await expect(search(t.database.db, t.as.viewer, { q: "  " })).rejects.toMatchObject({ status: 422 });
    await expect(search(t.database.db, t.as.viewer, { q: "x", type: "tweet" })).rejects.toMatchObject({ status: 422 });
    await expect(search(t.database.db, t.as.viewer, { q: "x", cursor: "nonsense" })).rejects.toMatchObject({ status: 400 });
    await expect(search(t.database.db, null, { q: "x" })).rejects.toMatchObject({ status: 401 });
    // Markup typed into a search is searched for, never run.
    expect(await find({ q: "<script>alert(1)</script>" })).toEqual([]);
  });

  it("marks matches with control characters only, which typed text cannot hold", () => {
    expect(snippetParts(`a ${MATCH_START}b${MATCH_END} c`)).toEqual([
      { text: "a ", match: false },
      { text: "b", match: true },
      { text: " c", match: false },
    ]);
  });
});
