import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents, items } from "@/db/schema.ts";
import { startFixtureSite, type FixtureSite } from "@/test/fixture-site.ts";
import { useDatabase } from "@/test/use-database.ts";
import type { FetchOptions } from "./fetch-page.ts";
import { importFromUrl } from "./import-url.ts";
import { previewUrl } from "./preview-url.ts";

const t = useDatabase();
let site: FixtureSite;
let options: FetchOptions;
beforeAll(async () => {
  site = await startFixtureSite();
  options = { allow: new Set([`127.0.0.1:${site.port}`]) };
});
afterAll(() => site.close());

const documentCount = async () => (await t.database.db.select({ n: count() }).from(documents))[0]!.n;

describe("previewUrl", () => {
  it("shows what importing would store, its opening and its counts, and writes nothing", async () => {
    const before = await documentCount();
    const preview = await previewUrl(t.database.db, t.as.editor, { url: `${site.origin}/kompas-like.html` }, options);
    expect(preview.article).toMatchObject({
      title: "Menteri Perdagangan Janji Harga Beras Turun Sebelum Lebaran",
      sourceName: "Warta Nusantara",
      sourceUrl: `${site.origin}/ekonomi/2024/03/12/harga-beras`,
      publishedAt: "2024-03-12",
      language: "id",
    });
    expect(preview.paragraphs).toHaveLength(3);
    expect(preview.paragraphs[1]).toMatch(/^“Kami pastikan harga beras medium/);
    expect(preview.counts.quotes).toBeGreaterThanOrEqual(2);
    expect(preview.duplicateOf).toBeNull();
    expect(await documentCount()).toBe(before);
  });

  it("is for editors: a reviewer's request fetches nothing", async () => {
    const path = "/wire-english.html";
    const hits = site.hits.get(path) ?? 0;
    await expect(previewUrl(t.database.db, t.as.reviewer, { url: `${site.origin}${path}` }, options)).rejects.toMatchObject({ code: "forbidden" });
    await expect(previewUrl(t.database.db, null, { url: `${site.origin}${path}` }, options)).rejects.toMatchObject({ code: "unauthenticated" });
    expect(site.hits.get(path) ?? 0).toBe(hits);
  });

  it("refuses a bad address by field", async () => {
    await expect(previewUrl(t.database.db, t.as.editor, { url: "ftp://x.example/a" }, options)).rejects.toMatchObject({ code: "validation", fields: { url: [expect.stringMatching(/http:\/\/ or https:\/\//)] } });
  });
});

describe("importFromUrl", () => {
  it("imports the page's story with its title, publisher, canonical address and date, its items at exact offsets", async () => {
    const preview = await previewUrl(t.database.db, t.as.editor, { url: `${site.origin}/wire-english.html` }, options);
    const { document, counts, duplicate } = await importFromUrl(t.database.db, t.as.editor, { url: `${site.origin}/wire-english.html` }, options);
    expect(duplicate).toBe(false);
    expect(document).toMatchObject({
      title: "Port strike halts grain exports for a third day",
      sourceName: "Harbour Wire",
      sourceUrl: "https://wire.example/world/port-strike-grain",
      publishedAt: "2025-06-03",
      language: "en",
    });
    expect(counts).toEqual(preview.counts);
    const [stored] = await t.database.db.select().from(documents).where(eq(documents.id, document.id));
    expect(stored!.body).toBe(preview.article.body);
    const rows = await t.database.db.select().from(items).where(eq(items.documentId, document.id));
    expect(rows.length).toBe(counts.quotes + counts.claims);
    for (const row of rows) expect(stored!.body.slice(row.start, row.end)).toBe(row.text);
    expect(rows.some((r) => r.type === "quote" && r.text.includes("We are not moving a single container"))).toBe(true);
  });

  it("lets what the editor gives win over the page's", async () => {
    const { document } = await importFromUrl(
      t.database.db,
      t.as.editor,
      { url: `${site.origin}/plain.txt`, title: "Night buses kept", sourceName: "City Desk", publishedAt: "2025-01-09", language: "en" },
      options,
    );
    expect(document).toMatchObject({ title: "Night buses kept", sourceName: "City Desk", sourceUrl: `${site.origin}/plain.txt`, publishedAt: "2025-01-09", language: "en" });
  });

  it("gives the first copy for the same story reached by another address", async () => {
    const first = await importFromUrl(t.database.db, t.as.editor, { url: `${site.origin}/kompas-like.html` }, options);
    const again = await importFromUrl(t.database.db, t.as.editor, { url: `${site.origin}/s/beras` }, options);
    expect(again).toMatchObject({ duplicate: true, document: { id: first.document.id } });
    expect((await previewUrl(t.database.db, t.as.editor, { url: `${site.origin}/s/beras` }, options)).duplicateOf).toEqual({ id: first.document.id, title: first.document.title });
  });

  it("stores nothing when the page has no article or cannot be fetched", async () => {
    const before = await documentCount();
    await expect(importFromUrl(t.database.db, t.as.editor, { url: `${site.origin}/` }, options)).rejects.toMatchObject({ code: "url_refused", message: expect.stringContaining("no article on that page") });
    await expect(importFromUrl(t.database.db, t.as.editor, { url: `${site.origin}/gone` }, options)).rejects.toMatchObject({ code: "url_unreachable" });
    // A small page nested thousands deep would hold the server in Readability for minutes.
    await expect(importFromUrl(t.database.db, t.as.editor, { url: `${site.origin}/deep` }, options)).rejects.toMatchObject({ code: "url_refused", message: expect.stringContaining("more than 200 deep") });
    await expect(importFromUrl(t.database.db, t.as.editor, { url: `${site.origin}/kompas-like.html` }, { allow: new Set() })).rejects.toMatchObject({ code: "url_refused", message: expect.stringContaining("private network") });
    expect(await documentCount()).toBe(before);
  });
});
