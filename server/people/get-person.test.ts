import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { items, people } from "@/db/schema.ts";
import { importDocument } from "../documents/import-document.ts";
import { useSeededDatabase } from "@/test/use-database.ts";
import { getPerson } from "./get-person.ts";

const t = useSeededDatabase();
let stoltenbergId: string;
let laterId: string;

beforeAll(async () => {
  const db = t.database.db;
  [{ id: stoltenbergId }] = (await db.select({ id: people.id }).from(people).where(eq(people.name, "Jens Stoltenberg"))) as [{ id: string }];
  // A later article quoting him again, so his quotes span two documents.
  const later = await importDocument(db, t.as.editor, {
    title: "NATO chief on air defence",
    body: '"We must deliver more air defence to Ukraine now," said NATO Secretary General Jens Stoltenberg in Brussels.',
  });
  laterId = later.document.id;
  // Whoever the extractor named, the quote is his (as an editor's correction would make it).
  await db.update(items).set({ speakerId: stoltenbergId }).where(and(eq(items.documentId, laterId), eq(items.type, "quote")));
});

describe("getPerson", () => {
  it("gives the speaker and their quotes across documents, newest document first", async () => {
    const { person, quotes } = await getPerson(t.database.db, t.as.viewer, stoltenbergId, { limit: 100 });
    expect(person).toMatchObject({ id: stoltenbergId, name: "Jens Stoltenberg", kind: "person" });
    expect(quotes.length).toBeGreaterThan(1);
    expect(quotes[0]).toMatchObject({ documentId: laterId, documentTitle: "NATO chief on air defence", status: "pending", kind: "direct" });
    expect(quotes.at(-1)).toMatchObject({ documentId: t.documentId });
    const seed = quotes.filter((q) => q.documentId === t.documentId);
    expect(seed.length).toBeGreaterThan(0);
  });

  it("pages through their quotes in the same order, with totals for all of them", async () => {
    const all = await getPerson(t.database.db, t.as.viewer, stoltenbergId, { limit: 100 });
    expect(all.nextCursor).toBeNull();
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await getPerson(t.database.db, t.as.viewer, stoltenbergId, { limit: 1, cursor });
      expect(page.totals).toEqual(all.totals);
      paged.push(...page.quotes.map((q) => q.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all.quotes.map((q) => q.id));
    expect(all.totals.quotes).toBe(all.quotes.length);
    await expect(getPerson(t.database.db, t.as.viewer, stoltenbergId, { cursor: "tampered" })).rejects.toMatchObject({ status: 400 });
  });

  it("leaves out removed quotes", async () => {
    const before = (await getPerson(t.database.db, t.as.viewer, stoltenbergId, { limit: 100 })).quotes;
    const gone = before.find((q) => q.documentId === t.documentId)!;
    await t.database.db.update(items).set({ removedAt: new Date() }).where(and(eq(items.id, gone.id)));
    const after = (await getPerson(t.database.db, t.as.viewer, stoltenbergId, { limit: 100 })).quotes;
    expect(after.map((q) => q.id)).toEqual(before.filter((q) => q.id !== gone.id).map((q) => q.id));
  });

  it("answers 401 signed out and 404 for an unknown or malformed id", async () => {
    await expect(getPerson(t.database.db, null, stoltenbergId)).rejects.toMatchObject({ status: 401 });
    await expect(getPerson(t.database.db, t.as.viewer, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ status: 404 });
    await expect(getPerson(t.database.db, t.as.viewer, "nope")).rejects.toMatchObject({ status: 404 });
  });
});
