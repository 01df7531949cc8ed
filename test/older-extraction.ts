import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents, items, people, type Item } from "@/db/schema.ts";
import { itemsOf, storedItem } from "./item-rows.ts";

export const OLDER_EXTRACTOR = "attest-rules@0.0.1";

/**
 * Makes an imported document look as if an older extractor version had found it: the
 * document and its items carry OLDER_EXTRACTOR, the first quote has another speaker, the
 * second a shorter span, the first claim is missing and a quote is made up where the
 * extractor finds none. Re-extracting with the current version should undo exactly these
 * four, whatever else the current rules find, since import already stored what they find.
 */
export async function olderExtraction(db: Db, documentId: string) {
  const quotes = await itemsOf(db, documentId, "quote");
  const claims = await itemsOf(db, documentId, "claim");
  const [doc] = await db.select({ body: documents.body }).from(documents).where(eq(documents.id, documentId));
  const body = doc!.body;

  await db.insert(people).values({ name: "Budi Santoso" }).onConflictDoNothing();
  const [other] = await db.select({ id: people.id }).from(people).where(eq(people.name, "Budi Santoso"));
  const respoken = quotes[0]!;
  await db.update(items).set({ speakerId: other!.id }).where(eq(items.id, respoken.id));

  const respanned = quotes[1]!;
  const end = respanned.end - Math.floor((respanned.end - respanned.start) / 4);
  await db.update(items).set({ end, text: body.slice(respanned.start, end) }).where(eq(items.id, respanned.id));

  const dropped = claims[0]!;
  await db.delete(items).where(eq(items.id, dropped.id));

  const gap = quoteGap(quotes, body.length);
  const [invented] = await db
    .insert(items)
    .values({ documentId, type: "quote", kind: "direct", text: body.slice(gap.start, gap.end), start: gap.start, end: gap.end, extractor: OLDER_EXTRACTOR })
    .returning();

  await db.update(documents).set({ extractor: OLDER_EXTRACTOR }).where(eq(documents.id, documentId));
  await db.update(items).set({ extractor: OLDER_EXTRACTOR }).where(eq(items.documentId, documentId));
  return { respoken: await storedItem(db, respoken.id), respanned: await storedItem(db, respanned.id), dropped, invented: invented! };
}

/** Twenty characters no quote touches: between two quotes, or after the last. */
function quoteGap(quotes: Item[], length: number): { start: number; end: number } {
  const edges = [0, ...quotes.flatMap((q) => [q.start, q.end]), length];
  for (let i = 0; i + 1 < edges.length; i += 2) {
    if (edges[i + 1]! - edges[i]! >= 24) return { start: edges[i]! + 2, end: edges[i]! + 22 };
  }
  throw new Error("the article has no room between its quotes for a made-up one");
}
