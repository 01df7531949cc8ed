import "server-only";
import { and, desc, eq, isNull, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { citations, documents, items, people, users, verdicts } from "@/db/schema.ts";
import { sameStatement, SIMILAR_THRESHOLD } from "@/lib/items/similar.ts";
import { UUID } from "@/lib/uuid.ts";
import type { SimilarItem } from "@/lib/views/similar-item.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";

const CANDIDATES = 20;

/**
 * Items of other documents that say the same as this one: for a quote, the same speaker's
 * (when it has one) with similar words; for a claim, similar words. The trigram index on item
 * text finds the candidates (pg_trgm's `%`), lib/items/similar.ts keeps the same statements,
 * each with its verdict, who set it and how many sources it has, most similar first.
 */
export async function similarItems(db: Db, actor: Actor | null, itemId: string, limit = 5): Promise<SimilarItem[]> {
  requireRole(actor, "viewer", "read items");
  if (!UUID.test(itemId)) throw notFound("That item");
  const [item] = await db
    .select({ id: items.id, documentId: items.documentId, type: items.type, text: items.text, speakerId: items.speakerId })
    .from(items)
    .where(and(eq(items.id, itemId), isNull(items.removedAt)))
    .limit(1);
  if (!item) throw notFound("That item");
  const rows = await similarCandidates(db, item);
  return rows
    .filter((r) => sameStatement(item.text, r.text, r.similarity))
    .slice(0, limit)
    .map((r) => ({ ...r, status: r.status, reviewer: r.status === "pending" ? null : r.reviewer, reviewedAt: r.status === "pending" ? null : r.reviewedAt }));
}

/** The candidates' query, apart so that a test can EXPLAIN it: the trigram index on item text serves `%`. */
export function similarCandidates(db: Db, item: { id: string; documentId: string; type: "quote" | "claim"; text: string; speakerId: string | null }) {
  const similarity = sql<number>`similarity(${items.text}, ${item.text})::float8`;
  const lastVerdict = (column: SQL) => sql`(select ${column} from ${verdicts} left join ${users} on ${users.id} = ${verdicts.createdBy} where ${verdicts.itemId} = ${items.id} order by ${verdicts.version} desc limit 1)`;
  return db
    .select({
      id: items.id,
      documentId: items.documentId,
      documentTitle: documents.title,
      publishedAt: documents.publishedAt,
      text: items.text,
      status: items.status,
      similarity: similarity.mapWith(Number),
      speaker: people.name,
      reviewer: sql<string | null>`${lastVerdict(sql`${users.name}`)}`,
      reviewedAt: sql<string | null>`${lastVerdict(sql`to_char(${verdicts.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`)}`,
      citations: sql<number>`(select count(*) from ${citations} where ${citations.itemId} = ${items.id} and ${citations.removedAt} is null)`.mapWith(Number),
    })
    .from(items)
    .innerJoin(documents, eq(documents.id, items.documentId))
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(
      and(
        sql`${items.text} % ${item.text}`,
        sql`${similarity} >= ${SIMILAR_THRESHOLD}`,
        eq(items.type, item.type),
        ne(items.documentId, item.documentId),
        isNull(items.removedAt),
        item.type === "quote" && item.speakerId ? eq(items.speakerId, item.speakerId) : undefined,
      ),
    )
    .orderBy(desc(similarity), desc(documents.publishedAt), items.id)
    .limit(CANDIDATES);
}
