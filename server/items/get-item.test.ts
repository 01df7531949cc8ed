import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client.ts";
import { citations, items, verdicts, type Item } from "@/db/schema.ts";
import { actors } from "@/test/actors.ts";
import { importArticles } from "@/test/articles.ts";
import { openTestDatabase } from "@/test/database.ts";
import { getItem } from "./get-item.ts";

let database: Database;
let as: Awaited<ReturnType<typeof actors>>;
let quote: Item;

beforeAll(async () => {
  database = await openTestDatabase();
  as = await actors(database.db);
  const { nato } = await importArticles(database.db, as.editor);
  const [first] = await database.db.select().from(items).where(and(eq(items.documentId, nato), eq(items.kind, "direct"))).limit(1);
  quote = first!;
  const cite = { itemId: quote.id, title: "Source", stance: "supports" as const, accessedAt: "2023-01-17", createdBy: as.reviewer.id };
  await database.db.insert(citations).values([
    { ...cite, url: "https://example.org/first", createdAt: new Date("2023-01-17T10:00:00Z") },
    { ...cite, url: "https://example.org/withdrawn", removedAt: new Date(), createdAt: new Date("2023-01-17T11:00:00Z") },
    { ...cite, url: "https://example.org/second", stance: "context", createdAt: new Date("2023-01-17T12:00:00Z") },
  ]);
  // Inserted out of order: the history must come back by version.
  await database.db.insert(verdicts).values([
    { itemId: quote.id, fromStatus: "verified", toStatus: "disputed", version: 3, note: "New evidence", createdBy: as.editor.id },
    { itemId: quote.id, fromStatus: "pending", toStatus: "verified", version: 2, createdBy: as.reviewer.id },
  ]);
});
afterAll(() => database.close());

describe("getItem", () => {
  it("gives the item with its speaker", async () => {
    const { item } = await getItem(database.db, as.viewer, quote.id);
    expect(item).toMatchObject({ id: quote.id, type: "quote", kind: "direct", text: quote.text, start: quote.start, speaker: { name: "Jens Stoltenberg" } });
  });

  it("gives its citations oldest first, without removed ones", async () => {
    const { citations: list } = await getItem(database.db, as.viewer, quote.id);
    expect(list.map((c) => c.url)).toEqual(["https://example.org/first", "https://example.org/second"]);
    expect(list[0]).not.toHaveProperty("removedAt", expect.anything());
  });

  it("gives the verdict history by version, with who set each", async () => {
    const { verdicts: history } = await getItem(database.db, as.viewer, quote.id);
    expect(history.map((v) => [v.version, v.fromStatus, v.toStatus, v.by?.email])).toEqual([
      [2, "pending", "verified", as.reviewer.email],
      [3, "verified", "disputed", as.editor.email],
    ]);
    expect(history[1]!.note).toBe("New evidence");
  });

  it("treats an unknown id, a malformed id and a removed item as not found", async () => {
    const [claim] = await database.db.select().from(items).where(eq(items.type, "claim")).limit(1);
    await database.db.update(items).set({ removedAt: new Date() }).where(eq(items.id, claim!.id));
    for (const id of [randomUUID(), "42", claim!.id]) {
      await expect(getItem(database.db, as.viewer, id)).rejects.toMatchObject({ status: 404, code: "not_found" });
    }
  });

  it("refuses anyone signed out", async () => {
    await expect(getItem(database.db, null, quote.id)).rejects.toMatchObject({ status: 401 });
  });
});
