import "server-only";
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client.ts";
import { documents, items, people } from "@/db/schema.ts";
import { searchQuerySchema, type SearchQuery, type SearchType } from "@/lib/validations/search-query.ts";
import { searchedWords } from "@/lib/search/searched-words.ts";
import { MATCH_END, MATCH_START, type SearchResult } from "@/lib/views/search-result.ts";
import { requireRole, type Actor } from "../actor.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { validate } from "../validate.ts";

/** Results of equal score come in this order of type, then by id: the cursor's middle term. */
/** How many of the newest matching documents a search ranks (see SEARCH_QUERY.window). */
export const SEARCH_WINDOW = 200;

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
  result: SearchResult;
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
export async function search(db: Db, actor: Actor | null, query: unknown): Promise<SearchPage> {
  requireRole(actor, "viewer", "search");
  const q = validate(searchQuerySchema, query);
  const after = decodeCursor(q.cursor, CURSOR);
  const types = searchedTypes(q);
  const window = types.some((t) => t === "document" || (t !== "person" && windowed(q))) ? await serially(db, (reader) => SEARCH_QUERY.window(reader, q)) : null;
  // The types side by side, each on a connection of its own (one after another on PGlite).
  const pages = await Promise.all(
    types.map(async (type) => (await serially(db, (reader) => BRANCH[type](reader, q, type === "person" ? null : window, keyset(type, after), after))).map((row) => ({ type, row }))),
  );
  const merged = pages
    .flat()
    .sort((a, b) => b.row.score - a.row.score || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  const page = merged.slice(0, q.limit);
  const last = page[page.length - 1];
  const results = page.map(({ row }) => row.result);
  await addDocumentSnippets(db, q, results);
  return {
    results,
    nextCursor: merged.length > q.limit && last ? encodeCursor([last.row.score, TYPE_ORDER[last.type], last.row.id]) : null,
    rankedWithin: window && window.length >= SEARCH_WINDOW && merged.length ? SEARCH_WINDOW : null,
  };
}

/**
 * A read-only transaction without parallel workers: each query of a search reads a few hundred
 * rows, where starting workers costs more than it saves (a Gather took 14 ms of a 20 ms query
 * at a million items), and two cores are better spent on two searches than on one.
 */
function serially<T>(db: Db, read: (reader: Db) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
      return read(tx as unknown as Db);
    },
    { accessMode: "read only" },
  );
}

export interface SearchPage {
  results: SearchResult[];
  nextCursor: string | null;
  /** Set when more documents match than a search ranks: results come from the newest this many. */
  rankedWithin: number | null;
}

/**
 * A document's snippet costs a pass over its whole body, so it is made for the page's documents
 * only, not for every candidate a branch ranked.
 */
/**
 * The part of a body the snippet is made from: SNIPPET_REGION characters from a little before
 * the first searched word found as typed, or the whole body when none is (a match only through
 * its stem). Highlighting parses its whole input, half a millisecond for a short article.
 */
function snippetRegion(q: string): SQL {
  const words = searchedWords(q);
  if (!words.length) return sql`${documents.body}`;
  const first = sql`least(${sql.join(
    words.map((w) => sql`nullif(strpos(lower(${documents.body}), ${w}), 0)`),
    sql`, `,
  )})`;
  return sql`(case when ${first} is null then ${documents.body} else substring(${documents.body} from greatest(1, ${first} - ${sql.raw(String(SNIPPET_LEAD))}) for ${sql.raw(String(SNIPPET_REGION))}) end)`;
}
const SNIPPET_LEAD = 300;
const SNIPPET_REGION = 900;

async function addDocumentSnippets(db: Db, q: SearchQuery, results: SearchResult[]) {
  const ids = results.filter((r) => r.type === "document").map((r) => r.id);
  if (!ids.length) return;
  const rows = await db
    .select({
      id: documents.id,
      snippet: sql<string>`ts_headline(attest_text_config(${documents.language}), ${snippetRegion(q.q)}, ${inOwnLanguage(q.q)}, ${HEADLINE})`,
    })
    .from(documents)
    .where(inArray(documents.id, ids));
  const snippets = new Map(rows.map((r) => [r.id, r.snippet]));
  for (const r of results) if (r.type === "document") r.snippet = snippets.get(r.id) ?? "";
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

/** The same order as keyset, for rows ranked here rather than in the database. */
function isAfter(type: SearchType, score: number, id: string, after: After): boolean {
  if (!after) return true;
  const [s, order, lastId] = after;
  if (TYPE_ORDER[type] > order) return score <= s;
  if (TYPE_ORDER[type] < order) return score < s;
  return score < s || (score === s && id > lastId);
}

/** The query in both languages' parsings: a match in either counts (an English word in an Indonesian article). */
const matches = (vector: SQL, q: string) => sql`(${vector} @@ websearch_to_tsquery('indonesian', ${q}) or ${vector} @@ websearch_to_tsquery('english', ${q}))`;
/**
 * The query parsed in the document's own language, for ranking and highlighting. Written as a
 * CASE over two constant parsings, which the planner folds once, rather than a parse per row.
 */
const inOwnLanguage = (q: string) =>
  sql`(case when ${documents.language} = 'id' then websearch_to_tsquery('indonesian', ${q}) else websearch_to_tsquery('english', ${q}) end)`;

/** The type as a literal, not a parameter: the planner then matches the type's partial GIN index. */
const ofType = (type: "quote" | "claim") => sql`${items.type} = ${sql.raw(type === "quote" ? "'quote'" : "'claim'")}`;

function documentFilters(q: SearchQuery): SQL[] {
  const where: SQL[] = [];
  if (q.language) where.push(eq(documents.language, q.language));
  if (q.from) where.push(gte(documents.publishedAt, q.from));
  if (q.to) where.push(lte(documents.publishedAt, q.to));
  return where;
}

/**
 * Whether items are ranked within the window. One speaker's words are few enough to rank them
 * all. An excluded word (-word) can be in an article and not in a quote of it: the quote
 * matches and its article does not, so such a search ranks all the matching items too.
 */
const windowed = (q: SearchQuery) => !q.speaker && !/(^|\s)-[\p{L}\p{N}"]/u.test(q.q);

/** Each type's query, apart from its rows' shaping, so that a test can EXPLAIN it (search-plan.test.ts). */
export const SEARCH_QUERY = {
  /**
   * The window: the newest SEARCH_WINDOW documents that match, by the index in import order,
   * each with its rank (computed for these rows only, outside the LIMIT). Documents and the
   * items in them are ranked within it: a word in half the archive is then a few hundred rows
   * to rank rather than tens of thousands; a rarer one has all its matches inside.
   */
  window(db: Db, q: SearchQuery) {
    const newest = db
      .select({ id: documents.id })
      .from(documents)
      .where(and(matches(sql`${documents}.search`, q.q), ...documentFilters(q)))
      .orderBy(desc(documents.createdAt), desc(documents.id))
      .limit(SEARCH_WINDOW);
    return db
      .select({
        id: documents.id,
        score: sql<number>`ts_rank_cd(${documents}.search, ${inOwnLanguage(q.q)}, 32)::real`.mapWith(Number),
        title: documents.title,
        language: documents.language,
        publishedAt: documents.publishedAt,
      })
      .from(documents)
      .where(inArray(documents.id, newest));
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
        // Qualified by hand: in a one-table select drizzle writes a bare "id", which inside the
        // subquery would be the item's own.
        quotes: sql<number>`(select count(*) from ${items} where ${items.speakerId} = "people"."id" and ${items.removedAt} is null)`.mapWith(Number),
      })
      .from(people)
      .where(and(sql`${q.q} <% ${names}`, after(score, sql`${people.id}`)))
      .orderBy(desc(score), asc(people.id))
      .limit(q.limit + 1);
  },
  /** `window` null: every matching item is ranked (see windowed). */
  item(db: Db, q: SearchQuery, type: "quote" | "claim", window: Window | null, after: Keyset = () => undefined) {
    const vector = sql`${items}.search`;
    const score = sql<number>`ts_rank_cd(${vector}, ${inOwnLanguage(q.q)}, 32)::real`;
    const where: (SQL | undefined)[] = [
      // Within the window, the items are read by their documents (a few thousand at most) and
      // their words checked one by one: the same match through its function, which no index
      // serves, so that the planner cannot prefer the words' index over the whole archive (a
      // phrase of common words reads thousands of rows from it to keep a few hundred).
      window ? sql`(ts_match_vq(${vector}, websearch_to_tsquery('indonesian', ${q.q})) or ts_match_vq(${vector}, websearch_to_tsquery('english', ${q.q})))` : matches(vector, q.q),
      isNull(items.removedAt),
      ofType(type),
      ...(window ? [sql`${items.documentId} = any(${sql.param(window.map((d) => d.id))}::uuid[])`] : documentFilters(q)),
      after(score, sql`${items.id}`),
    ];
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
        // A subquery rather than a join, so that it runs for the page's rows only, after the sort.
        speaker: sql<string | null>`(select ${people.name} from ${people} where ${people.id} = ${items.speakerId})`,
        language: documents.language,
        publishedAt: documents.publishedAt,
        snippet: sql<string>`ts_headline(attest_text_config(${documents.language}), ${items.text}, ${inOwnLanguage(q.q)}, ${ITEM_HEADLINE})`,
      })
      .from(items)
      .innerJoin(documents, eq(documents.id, items.documentId))
      .where(and(...where))
      .orderBy(desc(score), asc(items.id))
      .limit(q.limit + 1);
  },
};

/** A document of the window, ranked. */
interface WindowDocument {
  id: string;
  score: number;
  title: string;
  language: "id" | "en";
  publishedAt: string | null;
}
type Window = WindowDocument[];
const BRANCH: Record<SearchType, (db: Db, q: SearchQuery, window: Window | null, after: Keyset, cursor: After) => Promise<Row[]>> = {
  // Ranked already, with the window itself: the page is picked here.
  async document(_db, q, window, _after, cursor) {
    return (window ?? [])
      .filter((r) => isAfter("document", r.score, r.id, cursor))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, q.limit + 1)
      .map((r) => ({
        id: r.id,
        score: r.score,
        // The snippet comes once the page is known (addDocumentSnippets).
        result: { type: "document", id: r.id, documentId: r.id, title: r.title, snippet: "", language: r.language, publishedAt: r.publishedAt },
      }));
  },
  quote: (db, q, window, after) => itemBranch(db, q, windowed(q) ? window : null, after, "quote"),
  claim: (db, q, window, after) => itemBranch(db, q, windowed(q) ? window : null, after, "claim"),
  async person(db, q, _window, after) {
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

async function itemBranch(db: Db, q: SearchQuery, window: Window | null, after: Keyset, type: "quote" | "claim") {
  if (window && !window.length) return [];
  const rows = await SEARCH_QUERY.item(db, q, type, window, after);
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
