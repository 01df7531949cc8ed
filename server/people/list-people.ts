import "server-only";
import { and, asc, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client.ts";
import { items, people } from "@/db/schema.ts";
import { pageQuerySchema } from "@/lib/validations/items-query.ts";
import { peopleSearchSchema } from "@/lib/validations/people-query.ts";
import type { PersonListEntry } from "@/lib/views/person-list-entry.ts";
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
 * People whose name or one of whose aliases holds the search ("zelensk", "Dia"), for the speaker
 * picker: found by the trigram index on names, the exact name first, then names that start with
 * it, then the rest by name; at most `limit` of them, with their quote counts.
 */
export async function searchPeople(db: Db, actor: Actor | null, query: unknown): Promise<{ people: PersonListEntry[] }> {
  requireRole(actor, "viewer", "search speakers");
  const { q, limit } = validate(peopleSearchSchema, query);
  const needle = q.toLowerCase();
  const rows = await db
    .select({ id: people.id, name: people.name, kind: people.kind, aliases: people.aliases })
    .from(people)
    .where(sql`people_names(${people.name}, ${people.aliases}) ilike ${`%${escapeLike(q)}%`}`)
    .orderBy(sql`${byName} = ${needle} desc`, sql`${byName} like ${`${escapeLike(needle)}%`} desc`, asc(byName))
    .limit(limit);
  const counts = await quoteCounts(db, rows.map((p) => p.id));
  return { people: rows.map((p) => ({ ...p, quotes: counts.get(p.id)?.quotes ?? 0, verified: counts.get(p.id)?.verified ?? 0 })) };
}

/**
 * The people given by id (the speakers of one document's items), by name, with their aliases and
 * quote counts: what the document page needs to name them, without the rest of the archive.
 */
export async function listSpeakersById(db: Db, actor: Actor | null, ids: readonly string[]): Promise<PersonListEntry[]> {
  requireRole(actor, "viewer", "read speakers");
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await db
    .select({ id: people.id, name: people.name, kind: people.kind, aliases: people.aliases })
    .from(people)
    .where(inArray(people.id, unique))
    .orderBy(asc(byName));
  const counts = await quoteCounts(db, rows.map((p) => p.id));
  return rows.map((p) => ({ ...p, quotes: counts.get(p.id)?.quotes ?? 0, verified: counts.get(p.id)?.verified ?? 0 }));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
