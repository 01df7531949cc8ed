import { readFileSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, documents, items, people } from "@/db/schema.ts";
import { importDocument } from "./import-document.ts";
import { useDatabase } from "@/test/use-database.ts";

const seed = readFileSync("seeds/bisnis-2023-01-16-nato-heavy-weapons.txt", "utf8");
const t = useDatabase();

describe("importDocument", () => {
  it("stores the article, its quotes with speakers and its claims, with exact offsets", async () => {
    const { document, counts, duplicate } = await importDocument(t.database.db, t.as.editor, {
      title: "NATO dan Ukraina",
      body: seed,
      sourceName: "Bisnis.com",
      sourceUrl: "https://bisnis.com/x",
      publishedAt: "2023-01-16",
    });
    expect(duplicate).toBe(false);
    expect(document).toMatchObject({ title: "NATO dan Ukraina", language: "id", publishedAt: "2023-01-16" });
    expect(counts.quotes).toBe(8);
    const [stored] = await t.database.db.select().from(documents).where(eq(documents.id, document.id));
    const rows = await t.database.db.select().from(items).where(eq(items.documentId, document.id));
    for (const row of rows) expect(stored!.body.slice(row.start, row.end)).toBe(row.text);
    const [stoltenberg] = await t.database.db.select().from(people).where(eq(people.name, "Jens Stoltenberg"));
    expect(stoltenberg!.title).toBe("Sekretaris Jenderal NATO");
    const speakers = await t.database.db.select({ name: people.name, kind: people.kind }).from(people);
    expect(speakers).toEqual(
      expect.arrayContaining([
        { name: "Jens Stoltenberg", kind: "person" },
        { name: "Volodymyr Zelenskyy", kind: "person" },
        { name: "Rishi Sunak", kind: "person" },
        { name: "Kementerian Pertahanan Rusia", kind: "org" },
        { name: "Ukraina", kind: "org" },
      ]),
    );
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, document.id));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["document.import", t.as.editor.id]]);
  });

  it("returns the existing document for the same body, re-wrapped, and writes nothing", async () => {
    const before = await t.database.db.select({ n: count() }).from(items);
    const again = await importDocument(t.database.db, t.as.editor, { title: "Another title", body: `${seed.replace(/\n/g, "\r\n")}\n\n` });
    expect(again.duplicate).toBe(true);
    expect(again.document.title).toBe("NATO dan Ukraina");
    expect(await t.database.db.select({ n: count() }).from(items)).toEqual(before);
  });

  it("detects English and honours a given language", async () => {
    const en = await importDocument(t.database.db, t.as.editor, { title: "EN", body: 'The minister said that 40 people died. "It is a tragedy," said Prime Minister John Key.' });
    expect(en.document.language).toBe("en");
    const forced = await importDocument(t.database.db, t.as.editor, { title: "ID", body: "Short English text, forced.", language: "id" });
    expect(forced.document.language).toBe("id");
  });

  it("refuses viewers and reviewers, and anyone signed out", async () => {
    await expect(importDocument(t.database.db, t.as.viewer, { title: "x", body: "y" })).rejects.toMatchObject({ status: 403 });
    await expect(importDocument(t.database.db, t.as.reviewer, { title: "x", body: "y" })).rejects.toMatchObject({ status: 403 });
    await expect(importDocument(t.database.db, null, { title: "x", body: "y" })).rejects.toMatchObject({ status: 401 });
  });

  it("names each bad field: empty body, no title, a javascript: URL, a date that does not exist", async () => {
    const error = await importDocument(t.database.db, t.as.editor, {
      title: " ",
      body: "  ",
      sourceUrl: "javascript:alert(1)",
      publishedAt: "2023-02-30",
      language: "fr",
    }).catch((e) => e);
    expect(error).toMatchObject({ status: 422 });
    expect(Object.keys(error.fields).sort()).toEqual(["body", "language", "publishedAt", "sourceUrl", "title"]);
  });

  it("refuses a body over 1 MB", async () => {
    const error = await importDocument(t.database.db, t.as.editor, { title: "big", body: "a".repeat(1_000_001) }).catch((e) => e);
    expect(error).toMatchObject({ status: 422, fields: { body: ["The article is larger than 1 MB."] } });
  });
});
