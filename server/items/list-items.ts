import "server-only";
import { and, asc, eq, ilike, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client.ts";
import { bindPlaceholders, bindValues, prepared, type Bind } from "@/db/prepared.ts";
import { items, people } from "@/db/schema.ts";
import { itemsQuerySchema, type ItemsQuery } from "@/lib/validations/items-query.ts";
import { requireRole, type Actor } from "../actor.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { UUID } from "@/lib/uuid.ts";
import { validate } from "../validate.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
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
  const rows = await pageOfItems(db, q, speakerIds);
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
 * With `bindPlaceholders` it is the statement for one shape of filter, to prepare once.
 */
export function itemsPageQuery(db: Db, q: ItemsQuery, speakerIds?: string[], bind: Bind = bindValues) {
  const where: (SQL | undefined)[] = [isNull(items.removedAt)];
  if (q.documentId) where.push(eq(items.documentId, bind("documentId", q.documentId)));
  if (q.type) where.push(eq(items.type, bind("type", q.type)));
  if (q.kind) where.push(eq(items.kind, bind("kind", q.kind)));
  if (q.status) where.push(eq(items.status, bind("status", q.status)));
  // One speaker is an equality, which walks the speaker index in page order; several are one
  // array parameter, so that a name matching any number of people is one statement.
  if (speakerIds?.length === 1) where.push(eq(items.speakerId, bind("speakerId", speakerIds[0]!)));
  else if (speakerIds) where.push(sql`${items.speakerId} = any(${bind("speakerIds", sql.param(speakerIds))}::uuid[])`);
  if (q.q) where.push(ilike(items.text, bind("pattern", likePattern(q.q))));
  const after = decodeCursor(q.cursor, CURSOR);
  if (after) {
    where.push(sql`(${items.documentId}, ${items.start}, ${items.id}) > (${bind("afterDocument", after[0])}::uuid, ${bind("afterStart", after[1])}::integer, ${bind("afterId", after[2])}::uuid)`);
  }
  return db
    .select({ item: items, speaker: { id: people.id, name: people.name } })
    .from(items)
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(and(...where))
    .orderBy(asc(items.documentId), asc(items.start), asc(items.id))
    .limit(bind("limit", q.limit + 1));
}

/**
 * The page through a statement built and prepared once for each combination of filters given,
 * except with a text pattern: a plan made once for any pattern would walk the whole list
 * looking for a rare word, where the planner, told the word, reads the trigram index.
 */
function pageOfItems(db: Db, q: ItemsQuery, speakerIds?: string[]) {
  if (q.q) return itemsPageQuery(db, q, speakerIds);
  const after = decodeCursor(q.cursor, CURSOR);
  const one = speakerIds?.length === 1;
  const given = {
    documentId: q.documentId,
    type: q.type,
    kind: q.kind,
    status: q.status,
    speakerId: one ? speakerIds[0] : undefined,
    speakerIds: one ? undefined : speakerIds,
    after,
  };
  // The same tests as itemsPageQuery's, so one name never stands for two statements.
  const name = `items_page_${Object.entries(given).flatMap(([key, value]) => (value ? [key] : [])).join("_")}`;
  const statement = prepared(db, name, () => itemsPageQuery(db, q, speakerIds, bindPlaceholders).prepare(name));
  return statement.execute({ ...given, afterDocument: after?.[0], afterStart: after?.[1], afterId: after?.[2], limit: q.limit + 1 });
}

/** More people than this matching one name fragment is a search, not a filter: the first ones by name are kept. */
const MAX_SPEAKERS = 100;

/** People whose name or one of whose aliases holds the fragment ("zelensk"), by trigram index on names. */
export async function speakersNamed(db: Db, fragment: string): Promise<string[]> {
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(sql`people_names(${people.name}, ${people.aliases}) ilike ${likePattern(fragment)}`)
    .orderBy(asc(people.name))
    .limit(MAX_SPEAKERS);
  return rows.map((r) => r.id);
}

/** A fragment to find anywhere in a text, its own % and _ taken literally. */
function likePattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
