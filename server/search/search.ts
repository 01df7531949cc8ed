import "server-only";
import { and, asc, desc, eq, gte, isNull, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client.ts";
import { documents, items, people } from "@/db/schema.ts";
import { searchQuerySchema, type SearchQuery, type SearchType } from "@/lib/validations/search-query.ts";
import { MATCH_END, MATCH_START, type SearchResult } from "@/lib/views/search-result.ts";
import { requireRole, type Actor } from "../actor.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { validate } from "../validate.ts";

/** Results of equal score come in this order of type, then by id: the cursor's middle term. */
const TYPE_ORDER: Record<SearchType, number> = { person: 0, document: 1, quote: 2, claim: 3 };
const CURSOR = z.tuple([z.number(), z.number().int().min(0).max(3), z.guid()]);
type After = z.output<typeof CURSOR> | null;

// The matched words between two control characters, never HTML: the page renders them as
// <mark> elements around escaped text (lib/views/search-result.ts snippetParts).
const HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const ITEM_HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

interface Row {
  id: string;
  score: number;
}

/**
 * The archive's search: documents (title and body), quotes, claims and speakers, ranked
 * together, a page at a time. Words are matched by PostgreSQL full-text search in each
 * document's language (the `indonesian` and `english` configurations, stored tsvectors with GIN
 * indexes: db/migrations/0006_search.sql); `q` is web-search syntax ("a phrase", -word).
 * Speakers are matched by trigram word similarity on their names and aliases, so a misspelt
 * "Zelensky" finds "Volodymyr Zelenskyy". Each type is one indexed query for its best page after
 * the cursor; the pages are merged by score.
 */
export async function search(db: Db, actor: Actor | null, query: unknown): Promise<{ results: SearchResult[]; nextCursor: string | null }> {
  requireRole(actor, "viewer", "search");
  const q = validate(searchQuerySchema, query);
  const after = decodeCursor(q.cursor, CURSOR);
  const types = searchedTypes(q);
  const pages = await Promise.all(
    types.map(async (type) => {
      const rows = await BRANCH[type](db, q, keyset(type, after));
      return rows.map((row) => ({ type, row }));
    }),
  );
  const merged = pages
    .flat()
    .sort((a, b) => b.row.score - a.row.score || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  const page = merged.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    results: page.map(({ row }) => (row as Row & { result: SearchResult }).result),
    nextCursor: merged.length > q.limit && last ? encodeCursor([last.row.score, TYPE_ORDER[last.type], last.row.id]) : null,
  };
}

/** The types a search can return: a filter only items have leaves out documents and people. */
function searchedTypes(q: SearchQuery): SearchType[] {
  if (q.type) return [q.type];
  const itemsOnly = !!(q.status || q.speaker);
  const types: SearchType[] = itemsOnly ? ["quote", "claim"] : ["person", "document", "quote", "claim"];
  // Speakers have no language or date; claims have no speaker.
  return types.filter((t) => !(t === "person" && (q.language || q.from || q.to)) && !(t === "claim" && q.speaker));
}

/** Rows after the cursor, for a branch of one type: score descending, then type order, then id. */
function keyset(type: SearchType, after: After) {
  return (score: SQL, id: SQL): SQL | undefined => {
    if (!after) return undefined;
    const [s, order, lastId] = after;
    const at = sql`${s}::real`;
    if (TYPE_ORDER[type] > order) return sql`${score} <= ${at}`;
    if (TYPE_ORDER[type] < order) return sql`${score} < ${at}`;
    return sql`(${score} < ${at} or (${score} = ${at} and ${id} > ${lastId}::uuid))`;
  };
}

type Keyset = (score: SQL, id: SQL) => SQL | undefined;

/** The query in both languages' parsings: a match in either counts (an English word in an Indonesian article). */
const matches = (vector: SQL, q: string) => sql`(${vector} @@ websearch_to_tsquery('indonesian', ${q}) or ${vector} @@ websearch_to_tsquery('english', ${q}))`;
const inOwnLanguage = (q: string) => sql`websearch_to_tsquery(attest_text_config(${documents.language}), ${q})`;

/** The type as a literal, not a parameter: the planner then matches the type's partial GIN index. */
const ofType = (type: "quote" | "claim") => sql`${items.type} = ${sql.raw(type === "quote" ? "'quote'" : "'claim'")}`;

function documentFilters(q: SearchQuery): SQL[] {
  const where: SQL[] = [];
  if (q.language) where.push(eq(documents.language, q.language));
  if (q.from) where.push(gte(documents.publishedAt, q.from));
  if (q.to) where.push(lte(documents.publishedAt, q.to));
  return where;
}

/** Each type's query, apart from its rows' shaping, so that a test can EXPLAIN it (search-plan.test.ts). */
export const SEARCH_QUERY = {
  document(db: Db, q: SearchQuery, after: Keyset = () => undefined) {
    const vector = sql`${documents}.search`;
    const score = sql<number>`ts_rank_cd(${vector}, ${inOwnLanguage(q.q)}, 32)::real`;
    return db
      .select({
        id: documents.id,
        score: score.mapWith(Number),
        title: documents.title,
        language: documents.language,
        publishedAt: documents.publishedAt,
        snippet: sql<string>`ts_headline(attest_text_config(${documents.language}), ${documents.body}, ${inOwnLanguage(q.q)}, ${HEADLINE})`,
      })
      .from(documents)
      .where(and(matches(vector, q.q), ...documentFilters(q), after(score, sql`${documents.id}`)))
      .orderBy(desc(score), asc(documents.id))
      .limit(q.limit + 1);
  },
  person(db: Db, q: SearchQuery, after: Keyset = () => undefined) {
    const names = sql`people_names(${people.name}, ${people.aliases})`;
    const score = sql<number>`word_similarity(${q.q}, ${names})::real`;
    return db
      .select({
        id: people.id,
        score: score.mapWith(Number),
        name: people.name,
        title: people.title,
        aliases: people.aliases,
        quotes: sql<number>`(select count(*) from ${items} where ${items.speakerId} = ${people.id} and ${items.removedAt} is null)`.mapWith(Number),
      })
      .from(people)
      .where(and(sql`${q.q} <% ${names}`, after(score, sql`${people.id}`)))
      .orderBy(desc(score), asc(people.id))
      .limit(q.limit + 1);
  },
  item(db: Db, q: SearchQuery, type: "quote" | "claim", after: Keyset = () => undefined) {
    const vector = sql`${items}.search`;
    const score = sql<number>`ts_rank_cd(${vector}, ${inOwnLanguage(q.q)}, 32)::real`;
    const where: (SQL | undefined)[] = [matches(vector, q.q), isNull(items.removedAt), ofType(type), ...documentFilters(q), after(score, sql`${items.id}`)];
    if (q.status) where.push(eq(items.status, q.status));
    if (q.speaker) where.push(eq(items.speakerId, q.speaker));
    return db
      .select({
        id: items.id,
        score: score.mapWith(Number),
        documentId: items.documentId,
        title: documents.title,
        text: items.text,
        status: items.status,
        speaker: people.name,
        language: documents.language,
        publishedAt: documents.publishedAt,
        snippet: sql<string>`ts_headline(attest_text_config(${documents.language}), ${items.text}, ${inOwnLanguage(q.q)}, ${ITEM_HEADLINE})`,
      })
      .from(items)
      .innerJoin(documents, eq(documents.id, items.documentId))
      .leftJoin(people, eq(people.id, items.speakerId))
      .where(and(...where))
      .orderBy(desc(score), asc(items.id))
      .limit(q.limit + 1);
  },
};

const BRANCH: Record<SearchType, (db: Db, q: SearchQuery, after: Keyset) => Promise<(Row & { result: SearchResult })[]>> = {
  async document(db, q, after) {
    const rows = await SEARCH_QUERY.document(db, q, after);
    return rows.map((r) => ({
      id: r.id,
      score: r.score,
      result: { type: "document", id: r.id, documentId: r.id, title: r.title, snippet: r.snippet, language: r.language, publishedAt: r.publishedAt },
    }));
  },
  quote: (db, q, after) => itemBranch(db, q, after, "quote"),
  claim: (db, q, after) => itemBranch(db, q, after, "claim"),
  async person(db, q, after) {
    const rows = await SEARCH_QUERY.person(db, q, after);
    return rows.map((r) => ({
      id: r.id,
      score: r.score,
      result: {
        type: "person",
        id: r.id,
        name: r.name,
        title: r.title ?? undefined,
        snippet: [r.title, r.aliases.length ? `also ${r.aliases.join(", ")}` : null, `${r.quotes} ${r.quotes === 1 ? "quote" : "quotes"}`].filter(Boolean).join(" · "),
      },
    }));
  },
};

async function itemBranch(db: Db, q: SearchQuery, after: Keyset, type: "quote" | "claim") {
  const rows = await SEARCH_QUERY.item(db, q, type, after);
  return rows.map((r) => ({
    id: r.id,
    score: r.score,
    result: {
      type,
      id: r.id,
      documentId: r.documentId,
      title: r.title,
      text: r.text,
      status: r.status,
      speaker: type === "quote" ? r.speaker : undefined,
      snippet: r.snippet,
      language: r.language,
      publishedAt: r.publishedAt,
    } satisfies SearchResult,
  }));
}
