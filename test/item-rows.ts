import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { citations, items, verdicts, type Item } from "@/db/schema.ts";

/** An item as stored: to check what a request changed, or that it changed nothing. */
export async function storedItem(db: Db, id: string): Promise<Item> {
  const [row] = await db.select().from(items).where(eq(items.id, id));
  return row!;
}

/** A document's live items of one type, in reading order. */
export async function itemsOf(db: Db, documentId: string, type: "quote" | "claim"): Promise<Item[]> {
  return db
    .select()
    .from(items)
    .where(and(eq(items.documentId, documentId), eq(items.type, type), isNull(items.removedAt)))
    .orderBy(asc(items.start));
}

/** Rows in an item's append-only verdict history. */
export async function verdictCount(db: Db, itemId: string): Promise<number> {
  return (await db.select({ n: count() }).from(verdicts).where(eq(verdicts.itemId, itemId)))[0]!.n;
}

export async function citationCount(db: Db, itemId: string): Promise<number> {
  return (await db.select({ n: count() }).from(citations).where(eq(citations.itemId, itemId)))[0]!.n;
}
