// The SQL the app runs for each benchmarked route, written out as plain strings for the bare
// server: the statement text drizzle generates for server/items/list-items.ts,
// server/documents/list-documents.ts, server/items/get-item.ts, server/verdicts/set-verdict.ts
// (with lockItem and recordAudit) and server/tokens/authenticate-token.ts, with the parameters
// in the same order. Copied from what drizzle's logger prints when those functions run.
//
// It must stay the same as the app's: bench/api/sql-parity.ts runs the app's own functions
// with a logging drizzle before every bench and fails, showing both texts, when any statement
// here differs from the one the app sent. When the app's queries change, run the bench, copy
// the new text from its message into the builder below, and run again.
//
// No drizzle here, and no zod: the bare server must not pay for them at request time.

export interface Statement {
  text: string;
  params: unknown[];
  /** The app runs it as a prepared statement (db/prepared.ts): the bare server does too. */
  prepared?: boolean;
}

const ITEM_FIELDS = ["id", "document_id", "type", "kind", "text", "start", "end", "speaker_id", "speaker_mention", "cue", "score", "signals", "status", "version", "extractor", "removed_at", "created_at", "updated_at"];
/** The item's columns qualified with the table (a select with a join) or bare (a select or returning on items alone). */
const itemColumns = (qualified: boolean) => ITEM_FIELDS.map((c) => (qualified ? `"items"."${c}"` : `"${c}"`)).join(", ");
const ITEM_ORDER = `order by "items"."document_id" asc, "items"."start" asc, "items"."id" asc`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * authenticateToken: the live token's account (not revoked, not expired, not deactivated) and
 * its scope, and "last used" moved on at most once a minute, in one statement.
 */
export const tokenCheck = (tokenHash: string): Statement => ({
  text: `with "touched" as (update "api_tokens" set "last_used_at" = now() where (("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("api_tokens"."expires_at" is null or "api_tokens"."expires_at" > now())) and ("api_tokens"."last_used_at" is null or "api_tokens"."last_used_at" < now() - $2::interval)) returning "id") select "users"."id", "users"."email", "users"."name", "users"."role", "api_tokens"."scope", (select count(*) from "touched") from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where (("api_tokens"."token_hash" = $3 and "api_tokens"."revoked_at" is null and ("api_tokens"."expires_at" is null or "api_tokens"."expires_at" > now())) and "users"."deactivated_at" is null) limit $4`,
  params: [tokenHash, "1 minute", tokenHash, 1],
  prepared: true,
});

/** listItems with a speaker's name: the people it names, first, by the trigram index on names. */
export const speakersNamedStatement = (fragment: string): Statement => ({
  text: `select "id" from "people" where people_names("people"."name", "people"."aliases") ilike $1 order by "people"."name" asc limit $2`,
  params: [`%${escapeLike(fragment)}%`, 100],
});

export interface ItemsFilter {
  documentId?: string;
  type?: string;
  kind?: string;
  status?: string;
  /** The speaker's id, or the ids a name resolved to (speakersNamedStatement). */
  speakerIds?: string[];
  /** A speaker given by (part of) their name: resolved to speakerIds before the list is read. */
  speakerName?: string;
  q?: string;
  /** The last row of the previous page: document id, start, item id. */
  after?: [string, number, string];
  limit: number;
}

/** listItems: the conditions in the order the app adds them, one more row than the page to know whether there is a next one. */
export function listItemsStatement(f: ItemsFilter): Statement {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const where = [`"items"."removed_at" is null`];
  if (f.documentId) where.push(`"items"."document_id" = ${p(f.documentId)}`);
  if (f.type) where.push(`"items"."type" = ${p(f.type)}`);
  if (f.kind) where.push(`"items"."kind" = ${p(f.kind)}`);
  if (f.status) where.push(`"items"."status" = ${p(f.status)}`);
  const ids = f.speakerIds;
  if (ids) where.push(ids.length === 1 ? `"items"."speaker_id" = ${p(ids[0])}` : `"items"."speaker_id" = any(${p(ids)}::uuid[])`);
  if (f.q) where.push(`"items"."text" ilike ${p(`%${escapeLike(f.q)}%`)}`);
  if (f.after) where.push(`("items"."document_id", "items"."start", "items"."id") > (${p(f.after[0])}::uuid, ${p(f.after[1])}::integer, ${p(f.after[2])}::uuid)`);
  // drizzle's and() of one condition is the condition alone; of several, them in parentheses.
  const condition = where.length === 1 ? where[0] : `(${where.join(" and ")})`;
  return {
    text: `select ${itemColumns(true)}, "people"."id", "people"."name" from "items" left join "people" on "people"."id" = "items"."speaker_id" where ${condition} ${ITEM_ORDER} limit ${p(f.limit + 1)}`,
    params,
    // Planned for each pattern, as the app does (server/items/list-items.ts, pageOfItems).
    prepared: !f.q,
  };
}

const countWhere = (c: string) => `count(*) filter (where ${c})`;

// A select from one table: drizzle leaves its columns unqualified (but not those in ORDER BY).
const DOCUMENT_COLUMNS = `"id", "title", "body", "content_hash", "source_name", "source_url", "published_at", "language", "extractor", "created_by", "created_at"`;

/** listDocuments, 1: the first page, newest first (the bench does not page through documents). */
export const listDocumentsStatement = (limit: number): Statement => ({
  text: `select ${DOCUMENT_COLUMNS}, to_char("created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') from "documents" order by "documents"."created_at" desc, "documents"."id" desc limit $1`,
  params: [limit + 1],
});

/** listDocuments, 2: the page's items counted by type and status. */
export function documentCountsStatement(ids: string[]): Statement {
  const counts = [`"items"."type" = 'quote'`, `"items"."type" = 'claim'`, `"items"."status" = 'pending'`, `"items"."status" = 'verified'`, `"items"."status" = 'disputed'`, `"items"."status" = 'unverifiable'`].map(countWhere).join(", ");
  return {
    text: `select "document_id", ${counts} from "items" where ("items"."document_id" in (${ids.map((_, i) => `$${i + 1}`).join(", ")}) and "items"."removed_at" is null) group by "items"."document_id"`,
    params: ids,
  };
}

/** getItem, 1: the item and its speaker. */
export const getItemStatement = (id: string): Statement => ({
  text: `select ${itemColumns(true)}, "people"."id", "people"."name" from "items" left join "people" on "people"."id" = "items"."speaker_id" where "items"."id" = $1 limit $2`,
  params: [id, 1],
  prepared: true,
});

/** getItem, 2: its citations. */
export const itemCitationsStatement = (id: string): Statement => ({
  text: `select "id", "item_id", "url", "title", "publisher", "excerpt", "stance", "accessed_at", "created_by", "created_at", "updated_at", "removed_at" from "citations" where "citations"."item_id" = $1 order by "citations"."created_at" asc`,
  params: [id],
  prepared: true,
});

/** getItem, 3: its verdict history with who gave each. */
export const itemVerdictsStatement = (id: string): Statement => ({
  text: `select "verdicts"."id", "verdicts"."item_id", "verdicts"."from_status", "verdicts"."to_status", "verdicts"."note", "verdicts"."version", "verdicts"."created_by", "verdicts"."created_at", "users"."id", "users"."name", "users"."email" from "verdicts" left join "users" on "users"."id" = "verdicts"."created_by" where "verdicts"."item_id" = $1 order by "verdicts"."version" asc`,
  params: [id],
  prepared: true,
});

/** setVerdict → lockItem: the item, locked for the transaction. */
export const lockItemStatement = (id: string): Statement => ({
  text: `select ${itemColumns(false)} from "items" where "items"."id" = $1 limit $2 for update`,
  params: [id, 1],
});

/** setVerdict: a status other than pending needs a live citation. */
export const countCitationsStatement = (id: string): Statement => ({
  text: `select count(*) from "citations" where ("citations"."item_id" = $1 and "citations"."removed_at" is null)`,
  params: [id],
});

/** setVerdict: the item's status and version moved on, only if nobody else moved them first. */
export const updateItemStatement = (id: string, status: string, version: number, previous: number, now: string): Statement => ({
  text: `update "items" set "status" = $1, "version" = $2, "updated_at" = $3 where ("items"."id" = $4 and "items"."version" = $5) returning ${itemColumns(false)}`,
  params: [status, version, now, id, previous],
});

/** setVerdict: the new row of the append-only history. */
export const insertVerdictStatement = (v: { itemId: string; from: string; to: string; note: string | null; version: number; by: string }): Statement => ({
  text: `insert into "verdicts" ("id", "item_id", "from_status", "to_status", "note", "version", "created_by", "created_at") values (default, $1, $2, $3, $4, $5, $6, default)`,
  params: [v.itemId, v.from, v.to, v.note, v.version, v.by],
});

const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

/** recordAudit: before and after as JSON text, as drizzle sends jsonb (null as SQL null). */
export const insertAuditStatement = (a: { actorId: string; action: string; targetType: string; targetId: string; before: unknown; after: unknown }): Statement => ({
  text: `insert into "audit_events" ("id", "actor_id", "action", "target_type", "target_id", "before", "after", "at") values (default, $1, $2, $3, $4, $5, $6, default)`,
  params: [a.actorId, a.action, a.targetType, a.targetId, json(a.before), json(a.after)],
});

/** setVerdict: the speaker's name for the answer. */
export const speakerStatement = (id: string): Statement => ({
  text: `select "id", "name" from "people" where "people"."id" = $1`,
  params: [id],
});
