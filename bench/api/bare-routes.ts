// The bare baseline's route handlers: the same statements as the app (app-sql.ts), run the
// way drizzle runs them (postgres.js unsafe(), prepared where the app prepares them, rows as arrays), and the same JSON
// shapes as the app's views (item-view.ts, document-view.ts, get-item.ts). What is left out
// is everything around them: Next.js's router, zod, drizzle's builders and row mapping.
// Input is checked only as far as needed to give the same answers to the bench's requests.
import type postgres from "postgres";
import * as q from "./app-sql.ts";

export type Sql = postgres.Sql | postgres.TransactionSql;
export interface Reply {
  status: number;
  body: unknown;
}
export interface Who {
  id: string;
  email: string;
  name: string;
  role: string;
}

type Row = unknown[];
const run = (sql: Sql, s: q.Statement) => sql.unsafe(s.text, s.params as never[], { prepare: s.prepared ?? false }).values() as Promise<Row[]>;
const fail = (status: number, code: string, message: string): Reply => ({ status, body: { error: { code, message } } });
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());

/** An items row (18 columns, then the speaker's id and name when joined) as the app's ItemView. */
function itemView(r: Row, speaker: { id: string; name: string } | null) {
  return {
    id: r[0],
    documentId: r[1],
    type: r[2],
    kind: r[3],
    text: r[4],
    start: r[5],
    end: r[6],
    speaker,
    speakerMention: r[8],
    cue: r[9],
    score: r[10],
    signals: r[11],
    status: r[12],
    version: r[13],
    createdAt: iso(r[16]),
    updatedAt: iso(r[17]),
  };
}
const joinedSpeaker = (r: Row) => (r[18] ? { id: r[18] as string, name: r[19] as string } : null);
const cursor = (values: (string | number)[]) => Buffer.from(JSON.stringify(values)).toString("base64url");

const TYPES = ["quote", "claim"];
const KINDS = ["direct", "indirect"];
const STATUSES = ["pending", "verified", "disputed", "unverifiable"];
/** As the app's `optional()`: an empty or blank value is no value. */
const given = (v: string | null) => (v === null || v.trim() === "" ? undefined : v);

/** The query string as the app's itemsQuerySchema reads it: a filter, or the error answer. */
export function parseItemsQuery(params: URLSearchParams): q.ItemsFilter | Reply {
  const f: q.ItemsFilter = { limit: 50 };
  const documentId = given(params.get("documentId"));
  if (documentId && !q.UUID.test(documentId)) return fail(422, "validation", "documentId: documentId must be a document id.");
  f.documentId = documentId;
  for (const [key, allowed] of [["type", TYPES], ["kind", KINDS], ["status", STATUSES]] as const) {
    const v = given(params.get(key));
    if (v && !allowed.includes(v)) return fail(422, "validation", `${key}: Invalid option`);
    f[key] = v;
  }
  const speaker = given(params.get("speaker"))?.trim();
  if (speaker && q.UUID.test(speaker)) f.speakerIds = [speaker];
  else f.speakerName = speaker;
  f.q = given(params.get("q"))?.trim();
  const limit = given(params.get("limit"));
  if (limit !== undefined) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 200) return fail(422, "validation", "limit: Invalid number");
    f.limit = n;
  }
  const c = given(params.get("cursor"));
  if (c) {
    try {
      const after = JSON.parse(Buffer.from(c, "base64url").toString("utf8")) as unknown;
      if (!Array.isArray(after) || after.length !== 3 || !q.UUID.test(after[0]) || !Number.isInteger(after[1]) || !q.UUID.test(after[2])) throw new Error("bad cursor");
      f.after = after as [string, number, string];
    } catch {
      return fail(400, "bad_request", "That page cursor is not valid; start again from the first page.");
    }
  }
  return f;
}

export async function listItems(sql: Sql, params: URLSearchParams): Promise<Reply> {
  const f = parseItemsQuery(params);
  if ("body" in f) return f;
  if (f.speakerName) {
    f.speakerIds = (await run(sql, q.speakersNamedStatement(f.speakerName))).map((r) => r[0] as string);
    if (!f.speakerIds.length) return { status: 200, body: { items: [], nextCursor: null } };
  }
  const rows = await run(sql, q.listItemsStatement(f));
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  return {
    status: 200,
    body: {
      items: page.map((r) => itemView(r, joinedSpeaker(r))),
      nextCursor: rows.length > f.limit && last ? cursor([last[1] as string, last[5] as number, last[0] as string]) : null,
    },
  };
}

export async function listDocuments(sql: Sql, params: URLSearchParams): Promise<Reply> {
  const limit = Number(given(params.get("limit")) ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return fail(422, "validation", "limit: Invalid number");
  const rows = await run(sql, q.listDocumentsStatement(limit));
  const page = rows.slice(0, limit);
  const counted = page.length ? await run(sql, q.documentCountsStatement(page.map((r) => r[0] as string))) : [];
  const counts = new Map(counted.map((c) => [c[0] as string, c.slice(1).map(Number)]));
  const last = page[page.length - 1];
  return {
    status: 200,
    body: {
      documents: page.map((r) => ({
        id: r[0],
        title: r[1],
        sourceName: r[4],
        sourceUrl: r[5],
        publishedAt: r[6],
        language: r[7],
        extractor: r[8],
        createdAt: iso(r[10]),
        counts: countsOf(counts.get(r[0] as string)),
      })),
      nextCursor: rows.length > limit && last ? cursor([last[11] as string, last[0] as string]) : null,
    },
  };
}

function countsOf(c: number[] = [0, 0, 0, 0, 0, 0]) {
  return { quotes: c[0]!, claims: c[1]!, pending: c[2]!, verified: c[3]!, disputed: c[4]!, unverifiable: c[5]! };
}

const notFound = () => fail(404, "not_found", "That item was not found.");

export async function getItem(sql: Sql, id: string): Promise<Reply> {
  if (!q.UUID.test(id)) return notFound();
  const [row] = await run(sql, q.getItemStatement(id));
  if (!row || row[15]) return notFound();
  const cites = await run(sql, q.itemCitationsStatement(id));
  const history = await run(sql, q.itemVerdictsStatement(id));
  return {
    status: 200,
    body: {
      item: itemView(row, joinedSpeaker(row)),
      citations: cites
        .filter((c) => !c[11])
        .map((c) => ({ id: c[0], itemId: c[1], url: c[2], title: c[3], publisher: c[4], excerpt: c[5], stance: c[6], accessedAt: c[7], createdBy: c[8], createdAt: iso(c[9]), updatedAt: iso(c[10]) })),
      verdicts: history.map((v) => ({
        id: v[0],
        fromStatus: v[2],
        toStatus: v[3],
        note: v[4],
        version: v[5],
        createdAt: iso(v[7]),
        by: v[8] ? { id: v[8], name: v[9], email: v[10] } : null,
      })),
    },
  };
}

/** A stale version: 409 with the item as it is now, as the app's (without its speaker and last change). */
const conflict = (item: Row): Reply => ({
  status: 409,
  body: { error: { code: "conflict", message: `This item changed while you were working on it (now version ${item[13]}).`, current: itemView(item, null) } },
});

/**
 * setVerdict in one transaction, statement for statement. A stale version answers 409 without
 * the app's extra look-ups for the conflict's message (the bench hardly ever sends one).
 */
export async function setVerdict(sql: postgres.Sql, who: Who, id: string, input: unknown): Promise<Reply> {
  if (!["reviewer", "editor", "admin"].includes(who.role)) return fail(403, "forbidden", "Your role may not set verdicts.");
  const body = (input ?? {}) as { status?: unknown; version?: unknown; note?: unknown };
  const status = String(body.status);
  const version = Number(body.version);
  const note = typeof body.note === "string" && body.note.trim() ? body.note.trim() : null;
  if (!STATUSES.includes(status) || !Number.isInteger(version) || version < 1) return fail(422, "validation", "status or version: not valid");
  if (!q.UUID.test(id)) return notFound();
  return (await sql.begin(async (tx) => {
    const [item] = await run(tx, q.lockItemStatement(id));
    if (!item || item[15]) return notFound();
    if (item[13] !== version) return conflict(item);
    if (status !== "pending") {
      const [cited] = await run(tx, q.countCitationsStatement(id));
      if (!Number(cited?.[0])) return fail(422, "validation", `Add at least one citation before marking this ${item[2]} ${status}.`);
    }
    const next = version + 1;
    const [updated] = await run(tx, q.updateItemStatement(id, status, next, version, new Date().toISOString()));
    if (!updated) return conflict(item);
    await run(tx, q.insertVerdictStatement({ itemId: id, from: item[12] as string, to: status, note, version: next, by: who.id }));
    await run(tx, q.insertAuditStatement({ actorId: who.id, action: "item.verdict", targetType: "item", targetId: id, before: { status: item[12], version }, after: { status, version: next, note } }));
    const [speaker] = updated[7] ? await run(tx, q.speakerStatement(updated[7] as string)) : [];
    return { status: 200, body: { item: itemView(updated, speaker ? { id: speaker[0] as string, name: speaker[1] as string } : null) } };
  })) as Reply;
}
