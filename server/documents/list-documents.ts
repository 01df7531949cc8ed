import "server-only";
import { and, desc, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client.ts";
import { documents, items } from "@/db/schema.ts";
import type { ItemCounts } from "@/lib/items/count-items.ts";
import { pageQuerySchema } from "@/lib/validations/items-query.ts";
import type { DocumentListEntry } from "@/lib/views/document-view.ts";
import { requireRole, type Actor } from "../actor.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { validate } from "../validate.ts";
import { toDocumentView } from "./document-view.ts";

// Microseconds, as stored: a cursor rounded to milliseconds would skip rows made in the same millisecond.
const CURSOR = z.tuple([z.iso.datetime({ precision: 6 }), z.guid()]);
const cursorTime = sql<string>`to_char(${documents.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const count = (where: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${where})`.mapWith(Number);

/** Documents, newest first, with their items counted by type and status. */
export async function listDocuments(db: Db, actor: Actor | null, query: unknown = {}) {
  requireRole(actor, "viewer", "read documents");
  const { limit, cursor } = validate(pageQuerySchema, query);
  const after = decodeCursor(cursor, CURSOR);
  // The page first (an index walk newest first), then its counts: counting before the LIMIT
  // would read every item of every document.
  const rows = await documentsPageQuery(db, after, limit);
  const page = rows.slice(0, limit);
  const counts = await countsOf(db, page.map((r) => r.document.id));
  const last = page[page.length - 1];
  return {
    documents: page.map(({ document }): DocumentListEntry => ({ ...toDocumentView(document), counts: counts.get(document.id) ?? { ...NO_ITEMS } })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.cursorTime, last.document.id]) : null,
  };
}

/** One page of documents and one row more: apart so that a test can EXPLAIN it. */
export function documentsPageQuery(db: Db, after: readonly [string, string] | null, limit: number) {
  return db
    .select({ document: documents, cursorTime })
    .from(documents)
    .where(after ? sql`(${documents.createdAt}, ${documents.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined)
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .limit(limit + 1);
}

const NO_ITEMS: ItemCounts = { quotes: 0, claims: 0, pending: 0, verified: 0, disputed: 0, unverifiable: 0 };

/** The items of a page of documents counted, in one query over the documents' own index range. */
async function countsOf(db: Db, ids: string[]): Promise<Map<string, ItemCounts>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      documentId: items.documentId,
      quotes: count(sql`${items.type} = 'quote'`),
      claims: count(sql`${items.type} = 'claim'`),
      pending: count(sql`${items.status} = 'pending'`),
      verified: count(sql`${items.status} = 'verified'`),
      disputed: count(sql`${items.status} = 'disputed'`),
      unverifiable: count(sql`${items.status} = 'unverifiable'`),
    })
    .from(items)
    .where(and(inArray(items.documentId, ids), isNull(items.removedAt)))
    .groupBy(items.documentId);
  return new Map(rows.map(({ documentId, ...c }) => [documentId, c]));
}
