import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { documents, items, people } from "../../db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";
import { UUID } from "../documents/get-document.ts";
import { notFound } from "../errors.ts";

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

/**
 * One speaker and every quote of theirs not removed, across documents: newest documents
 * first (by publication date, undated ones by import), quotes in reading order within each.
 */
export async function getPerson(db: Db, actor: Actor | null, id: string) {
  requireRole(actor, "viewer", "read speakers");
  if (!UUID.test(id)) throw notFound("That speaker");
  const [person] = await db
    .select({ id: people.id, name: people.name, kind: people.kind, title: people.title, aliases: people.aliases })
    .from(people)
    .where(eq(people.id, id))
    .limit(1);
  if (!person) throw notFound("That speaker");
  const quotes: PersonQuote[] = await db
    .select({
      id: items.id,
      documentId: documents.id,
      documentTitle: documents.title,
      documentPublishedAt: documents.publishedAt,
      kind: items.kind,
      text: items.text,
      cue: items.cue,
      status: items.status,
    })
    .from(items)
    .innerJoin(documents, eq(documents.id, items.documentId))
    .where(and(eq(items.speakerId, id), eq(items.type, "quote"), isNull(items.removedAt)))
    .orderBy(desc(sql`coalesce(${documents.publishedAt}, ${documents.createdAt}::date)`), desc(documents.createdAt), asc(documents.id), asc(items.start));
  return { person, quotes };
}
