import { and, asc, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { items, people } from "../../db/schema.ts";
import { itemsQuerySchema } from "../../lib/validations/items-query.ts";
import { requireRole, type Actor } from "../actor.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { UUID } from "../documents/get-document.ts";
import { validate } from "../validate.ts";
import { toItemView, type ItemView } from "./item-view.ts";

const CURSOR = z.tuple([z.guid(), z.number().int().min(0).max(2 ** 31 - 1), z.guid()]);

/** Items across documents, filtered, in document then reading order, a page at a time. */
export async function listItems(db: Db, actor: Actor | null, query: unknown = {}): Promise<{ items: ItemView[]; nextCursor: string | null }> {
  requireRole(actor, "viewer", "read items");
  const q = validate(itemsQuerySchema, query);
  const where: (SQL | undefined)[] = [isNull(items.removedAt)];
  if (q.documentId) where.push(eq(items.documentId, q.documentId));
  if (q.type) where.push(eq(items.type, q.type));
  if (q.kind) where.push(eq(items.kind, q.kind));
  if (q.status) where.push(eq(items.status, q.status));
  if (q.speaker) {
    where.push(
      UUID.test(q.speaker)
        ? eq(items.speakerId, q.speaker)
        : or(ilike(people.name, `%${escapeLike(q.speaker)}%`), sql`exists (select 1 from unnest(${people.aliases}) a where a ilike ${`%${escapeLike(q.speaker)}%`})`),
    );
  }
  if (q.q) where.push(ilike(items.text, `%${escapeLike(q.q)}%`));
  const after = decodeCursor(q.cursor, CURSOR);
  if (after) where.push(sql`(${items.documentId}, ${items.start}, ${items.id}) > (${after[0]}::uuid, ${after[1]}::integer, ${after[2]}::uuid)`);
  const rows = await db
    .select({ item: items, speaker: { id: people.id, name: people.name } })
    .from(items)
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(and(...where))
    .orderBy(asc(items.documentId), asc(items.start), asc(items.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1]?.item;
  return {
    items: page.map((r) => toItemView(r.item, r.speaker?.id ? r.speaker : null)),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.documentId, last.start, last.id]) : null,
  };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
