import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client.ts";
import { documents, items, people } from "@/db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";
import { UUID } from "@/lib/uuid.ts";
import { notFound } from "../errors.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { validate } from "../validate.ts";
import { pageQuerySchema } from "@/lib/validations/items-query.ts";

export interface PersonQuote {
  id: string;
  documentId: string;
  documentTitle: string;
  documentPublishedAt: string | null;
  kind: "direct" | "indirect" | null;
  text: string;
  cue: string | null;
  status: "pending" | "verified" | "disputed" | "unverifiable";
}

// The page's sort key as stored: a cursor rounded to milliseconds would skip rows made in the same millisecond.
const CURSOR = z.tuple([z.iso.date(), z.iso.datetime({ precision: 6 }), z.guid(), z.number().int().min(0), z.guid()]);
const sortDate = sql<string>`coalesce(${documents.publishedAt}, ${documents.createdAt}::date)`;
const createdTime = sql<string>`to_char(${documents.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * One speaker and their quotes not removed, across documents, a page at a time: newest
 * documents first (by publication date, undated ones by import), quotes in reading order
 * within each; with how many quotes they have in all and how many are verified.
 */
export async function getPerson(db: Db, actor: Actor | null, id: string, query: unknown = {}) {
  requireRole(actor, "viewer", "read speakers");
  if (!UUID.test(id)) throw notFound("That speaker");
  const { limit, cursor } = validate(pageQuerySchema, query);
  const after = decodeCursor(cursor, CURSOR);
  const [person] = await db
    .select({ id: people.id, name: people.name, kind: people.kind, title: people.title, aliases: people.aliases })
    .from(people)
    .where(eq(people.id, id))
    .limit(1);
  if (!person) throw notFound("That speaker");
  const theirs = and(eq(items.speakerId, id), eq(items.type, "quote"), isNull(items.removedAt));
  const later = after
    ? sql`(${sortDate} < ${after[0]}::date or (${sortDate} = ${after[0]}::date and (${documents.createdAt} < ${after[1]}::timestamptz
        or (${documents.createdAt} = ${after[1]}::timestamptz and (${documents.id}, ${items.start}, ${items.id}) > (${after[2]}::uuid, ${after[3]}::integer, ${after[4]}::uuid)))))`
    : undefined;
  const rows = await db
    .select({
      id: items.id,
      documentId: documents.id,
      documentTitle: documents.title,
      documentPublishedAt: documents.publishedAt,
      kind: items.kind,
      text: items.text,
      cue: items.cue,
      status: items.status,
      start: items.start,
      sortDate: sql<string>`${sortDate}::text`,
      createdTime,
    })
    .from(items)
    .innerJoin(documents, eq(documents.id, items.documentId))
    .where(and(theirs, later))
    .orderBy(desc(sortDate), desc(documents.createdAt), asc(documents.id), asc(items.start), asc(items.id))
    .limit(limit + 1);
  const [totals] = await db
    .select({
      quotes: sql<number>`count(*)`.mapWith(Number),
      pending: sql<number>`count(*) filter (where ${items.status} = 'pending')`.mapWith(Number),
      verified: sql<number>`count(*) filter (where ${items.status} = 'verified')`.mapWith(Number),
      disputed: sql<number>`count(*) filter (where ${items.status} = 'disputed')`.mapWith(Number),
      unverifiable: sql<number>`count(*) filter (where ${items.status} = 'unverifiable')`.mapWith(Number),
    })
    .from(items)
    .where(theirs);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const quotes: PersonQuote[] = page.map(({ start: _, sortDate: __, createdTime: ___, ...q }) => q);
  return {
    person,
    quotes,
    totals: totals ?? { quotes: 0, pending: 0, verified: 0, disputed: 0, unverifiable: 0 },
    nextCursor: rows.length > limit && last ? encodeCursor([last.sortDate, last.createdTime, last.documentId, last.start, last.id]) : null,
  };
}
