import "server-only";
import { and, asc, eq, ilike, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { items, people } from "../../db/schema.ts";
import { itemsQuerySchema, type ItemsQuery } from "../../lib/validations/items-query.ts";
import { requireRole, type Actor } from "../actor.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { UUID } from "../../lib/uuid.ts";
import { validate } from "../validate.ts";
import type { ItemView } from "../../lib/views/item-view.ts";
import { toItemView } from "./item-view.ts";

const CURSOR = z.tuple([z.guid(), z.number().int().min(0).max(2 ** 31 - 1), z.guid()]);

/** Items across documents, filtered, in document then reading order, a page at a time. */
export async function listItems(db: Db, actor: Actor | null, query: unknown = {}): Promise<{ items: ItemView[]; nextCursor: string | null }> {
  requireRole(actor, "viewer", "read items");
  const q = validate(itemsQuerySchema, query);
  // The name is resolved to people first, so the items are an index walk by speaker id
  // rather than a join that reads every item to test its speaker's name.
  const speakerIds = !q.speaker ? undefined : UUID.test(q.speaker) ? [q.speaker] : await speakersNamed(db, q.speaker);
  if (speakerIds && !speakerIds.length) return { items: [], nextCursor: null };
  const rows = await itemsPageQuery(db, q, speakerIds);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1]?.item;
  return {
    items: page.map((r) => toItemView(r.item, r.speaker?.id ? r.speaker : null)),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.documentId, last.start, last.id]) : null,
  };
}

/**
 * One page of items (and one row more, to tell whether another page follows): the query the
 * list runs, apart so that a test can EXPLAIN it and see it walk an index in page order.
 */
export function itemsPageQuery(db: Db, q: ItemsQuery, speakerIds?: string[]) {
  const where: (SQL | undefined)[] = [isNull(items.removedAt)];
  if (q.documentId) where.push(eq(items.documentId, q.documentId));
  if (q.type) where.push(eq(items.type, q.type));
  if (q.kind) where.push(eq(items.kind, q.kind));
  if (q.status) where.push(eq(items.status, q.status));
  if (speakerIds) where.push(speakerIds.length === 1 ? eq(items.speakerId, speakerIds[0]!) : inArray(items.speakerId, speakerIds));
  if (q.q) where.push(ilike(items.text, `%${escapeLike(q.q)}%`));
  const after = decodeCursor(q.cursor, CURSOR);
  if (after) where.push(sql`(${items.documentId}, ${items.start}, ${items.id}) > (${after[0]}::uuid, ${after[1]}::integer, ${after[2]}::uuid)`);
  return db
    .select({ item: items, speaker: { id: people.id, name: people.name } })
    .from(items)
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(and(...where))
    .orderBy(asc(items.documentId), asc(items.start), asc(items.id))
    .limit(q.limit + 1);
}

/** More people than this matching one name fragment is a search, not a filter: the first ones by name are kept. */
const MAX_SPEAKERS = 100;

/** People whose name or one of whose aliases holds the fragment ("zelensk"), by trigram index on names. */
export async function speakersNamed(db: Db, fragment: string): Promise<string[]> {
  const pattern = `%${escapeLike(fragment)}%`;
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(sql`people_names(${people.name}, ${people.aliases}) ilike ${pattern}`)
    .orderBy(asc(people.name))
    .limit(MAX_SPEAKERS);
  return rows.map((r) => r.id);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
