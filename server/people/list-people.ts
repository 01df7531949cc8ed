import "server-only";
import { and, asc, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { items, people } from "../../db/schema.ts";
import { pageQuerySchema } from "../../lib/validations/items-query.ts";
import type { PersonListEntry } from "../../lib/views/person-list-entry.ts";
import { requireRole, type Actor } from "../actor.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { validate } from "../validate.ts";

const CURSOR = z.tuple([z.string().max(500)]);
const byName = sql`lower(${people.name})`;

/**
 * Everyone quoted, by name, a page at a time (a walk of the unique index on lower(name)),
 * with how many quotes each has and how many of them are verified.
 */
export async function listPeople(db: Db, actor: Actor | null, query: unknown = {}): Promise<{ people: PersonListEntry[]; nextCursor: string | null }> {
  requireRole(actor, "viewer", "read speakers");
  const { limit, cursor } = validate(pageQuerySchema, query);
  const after = decodeCursor(cursor, CURSOR);
  const rows = await db
    .select({ id: people.id, name: people.name, kind: people.kind, aliases: people.aliases, key: sql<string>`${byName}` })
    .from(people)
    .where(after ? sql`${byName} > ${after[0]}` : undefined)
    .orderBy(asc(byName))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const counts = await quoteCounts(db, page.map((p) => p.id));
  const last = page[page.length - 1];
  return {
    people: page.map(({ key: _, ...p }) => ({ ...p, quotes: counts.get(p.id)?.quotes ?? 0, verified: counts.get(p.id)?.verified ?? 0 })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.key]) : null,
  };
}

/** Quotes of a page of speakers counted in one query over the speaker index. */
async function quoteCounts(db: Db, ids: string[]): Promise<Map<string, { quotes: number; verified: number }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      speakerId: sql<string>`${items.speakerId}`,
      quotes: sql<number>`count(*)`.mapWith(Number),
      verified: sql<number>`count(*) filter (where ${items.status} = 'verified')`.mapWith(Number),
    })
    .from(items)
    .where(and(inArray(items.speakerId, ids), isNull(items.removedAt)))
    .groupBy(items.speakerId);
  return new Map(rows.map(({ speakerId, ...c }) => [speakerId, c]));
}

/**
 * Every speaker with their quote count, for the document page's "change speaker" choice. It
 * reads all of them; a search-as-you-type choice is what a large archive needs instead.
 */
export async function listAllSpeakers(db: Db, actor: Actor | null) {
  requireRole(actor, "viewer", "read speakers");
  return db
    .select({ id: people.id, name: people.name, aliases: people.aliases, quotes: sql<number>`count(${items.id})`.mapWith(Number) })
    .from(people)
    .leftJoin(items, sql`${items.speakerId} = ${people.id} and ${isNull(items.removedAt)}`)
    .groupBy(people.id)
    .orderBy(asc(people.name));
}
