import "server-only";
import { and, desc, eq, gte, isNull, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { citations, documents, items, people, users, verdicts } from "@/db/schema.ts";
import { seenBeforeQuery } from "@/lib/items/seen-before-words.ts";
import { sameStatement, SIMILAR_THRESHOLD } from "@/lib/items/similar.ts";
import { UUID } from "@/lib/uuid.ts";
import type { SimilarItem } from "@/lib/views/similar-item.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";
import { wordFrequency } from "./word-frequency.ts";

/** The most similar of these are kept; a candidate is one of the first CANDIDATES sharing the rare words. */
const SIMILAR = 20;
const CANDIDATES = 150;

/**
 * Items of other documents that say the same as this one: for a quote, the same speaker's
 * (when it has one) with similar words; for a claim, similar words. The candidates share two
 * of its rarest words (lib/items/seen-before-words.ts, the full-text index), trigram similarity
 * ranks them and lib/items/similar.ts keeps the same statements, each with its verdict, who
 * set it and how many sources it has, most similar first.
 */
export async function similarItems(db: Db, actor: Actor | null, itemId: string, limit = 5): Promise<SimilarItem[]> {
  requireRole(actor, "viewer", "read items");
  if (!UUID.test(itemId)) throw notFound("That item");
  const [item] = await db
    .select({
      id: items.id,
      documentId: items.documentId,
      type: items.type,
      text: items.text,
      speakerId: items.speakerId,
      words: sql<string[]>`coalesce(tsvector_to_array(${items}.search), '{}')`,
    })
    .from(items)
    .where(and(eq(items.id, itemId), isNull(items.removedAt)))
    .limit(1);
  if (!item) throw notFound("That item");
  const words = seenBeforeQuery(item.words, await wordFrequency(db));
  if (!words) return [];
  const rows = await similarCandidates(db, { ...item, words });
  return rows
    .filter((r) => sameStatement(item.text, r.text, r.similarity))
    .slice(0, limit)
    .map((r) => ({ ...r, status: r.status, reviewer: r.status === "pending" ? null : r.reviewer, reviewedAt: r.status === "pending" ? null : r.reviewedAt }));
}

/** What the candidates are looked up by: the item, and the words query seenBeforeQuery made of it. */
export interface SimilarTo {
  id: string;
  documentId: string;
  type: "quote" | "claim";
  text: string;
  speakerId: string | null;
  words: string;
}

/**
 * The candidates' query, apart so that a test can EXPLAIN it: the full-text index of the type's
 * live items finds those sharing the rare words (at most CANDIDATES of them), then trigram
 * similarity orders them.
 */
export function similarCandidates(db: Db, item: SimilarTo) {
  // The type and the live-items condition as literals: the planner then matches the type's partial index.
  const type = sql.raw(item.type === "quote" ? "'quote'" : "'claim'");
  // Similarity once per candidate, inside the subquery (LIMIT keeps it from being flattened).
  const candidates = db
    .select({ id: items.id, similarity: sql<number>`similarity(${items.text}, ${item.text})::float8`.as("similarity") })
    .from(items)
    .where(
      and(
        sql`${items}.search @@ ${item.words}::tsquery`,
        sql`${items.type} = ${type}`,
        isNull(items.removedAt),
        ne(items.documentId, item.documentId),
        item.type === "quote" && item.speakerId ? eq(items.speakerId, item.speakerId) : undefined,
      ),
    )
    .limit(CANDIDATES)
    .as("candidates");
  const lastVerdict = (column: SQL) => sql`(select ${column} from ${verdicts} left join ${users} on ${users.id} = ${verdicts.createdBy} where ${verdicts.itemId} = ${items.id} order by ${verdicts.version} desc limit 1)`;
  return db
    .select({
      id: items.id,
      documentId: items.documentId,
      documentTitle: documents.title,
      publishedAt: documents.publishedAt,
      text: items.text,
      status: items.status,
      similarity: sql<number>`${candidates.similarity}`.mapWith(Number),
      speaker: people.name,
      reviewer: sql<string | null>`${lastVerdict(sql`${users.name}`)}`,
      reviewedAt: sql<string | null>`${lastVerdict(sql`to_char(${verdicts.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`)}`,
      citations: sql<number>`(select count(*) from ${citations} where ${citations.itemId} = ${items.id} and ${citations.removedAt} is null)`.mapWith(Number),
    })
    .from(candidates)
    .innerJoin(items, eq(items.id, candidates.id))
    .innerJoin(documents, eq(documents.id, items.documentId))
    .leftJoin(people, eq(people.id, items.speakerId))
    .where(gte(candidates.similarity, SIMILAR_THRESHOLD))
    .orderBy(desc(candidates.similarity), desc(documents.publishedAt), items.id)
    .limit(SIMILAR);
}
