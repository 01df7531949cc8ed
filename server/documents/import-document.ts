import "server-only";
import { count, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client.ts";
import { documents, items, type Document } from "@/db/schema.ts";
import { detectLanguage, extract, speakerKind } from "@/lib/extract/index.ts";
import type { ExtractResult } from "@/lib/extract/types.ts";
import { contentHash } from "@/lib/import/content-hash.ts";
import { normaliseBody } from "@/lib/import/normalise-body.ts";
import { importDocumentSchema, type ImportDocument } from "@/lib/validations/document.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudits } from "../audit.ts";
import { AppError } from "../errors.ts";
import { cleanPersonName, resolvePeople, type PersonRequest } from "../people/resolve-people.ts";
import { validate } from "../validate.ts";
import type { DocumentView } from "@/lib/views/document-view.ts";
import { toDocumentView } from "./document-view.ts";

export interface ImportResult {
  document: DocumentView;
  /** True when the same article was already there: nothing was written. */
  duplicate: boolean;
  counts: { quotes: number; claims: number };
}

/** One input's outcome in a batch: its result, or why it was refused (a 422, as importDocument would throw). */
export type ImportOutcome = { result: ImportResult } | { error: AppError };

/**
 * Where a batch's time went, added to: checking and extracting the articles (this process's
 * work), and waiting on the database. When batches overlap (see prepareImports) so do these.
 */
export interface ImportTimings {
  extractMs: number;
  databaseMs: number;
}

/**
 * Imports an article and stores everything the extractor finds in it, in one transaction:
 * a failure leaves no document, person or item behind. The same words twice give the first copy.
 */
export async function importDocument(db: Db, actor: Actor | null, input: unknown): Promise<ImportResult> {
  const outcome = (await importDocuments(db, actor, [input]))[0]!;
  if ("error" in outcome) throw outcome.error;
  return outcome.result;
}

/**
 * importDocument for many articles at once, with the same results (the same documents, items,
 * people and audit events, and each input's outcome in input order), in a few statements for
 * the whole batch rather than a dozen or more per article: one look-up of the content hashes,
 * then one transaction with one multi-row insert per table and the batch's speakers resolved
 * together. An input that fails validation is its own outcome and the others still go in; the
 * same article twice in one batch is one document (the later copies are duplicates of the first).
 * When the transaction fails, the articles are written again one to a transaction, in order, so
 * what lands and what is thrown are what importDocument on each in turn gives: nothing half-done.
 */
export async function importDocuments(db: Db, actor: Actor | null, inputs: unknown[], timings?: ImportTimings, inTransaction?: InTransaction): Promise<ImportOutcome[]> {
  return writeImports(db, await prepareImports(db, actor, inputs, timings), timings, inTransaction);
}

/**
 * More to write in the same transaction as the articles it was given (each stored article's
 * content hash and result), so the two commit or fail together: the job queue records which
 * of its entries became which document this way.
 */
export type InTransaction = (tx: Tx, stored: { hash: string; result: ImportResult }[]) => Promise<void>;

/** A batch checked, looked up and extracted: what writeImports stores. */
export interface PreparedImports {
  who: Actor;
  parsed: (Parsed | { error: AppError })[];
  existing: Map<string, ImportResult>;
  fresh: Fresh[];
}

/**
 * importDocuments' first half: the checks, the look-up of content hashes and the extraction
 * of the new articles. It gives way to the event loop between articles, so a caller can write
 * the batch before (writeImports) while this one is extracted. An article that such a write
 * stores first is still one document: writeImports finds it taken and gives it as a duplicate.
 */
export async function prepareImports(db: Db, actor: Actor | null, inputs: unknown[], timings?: ImportTimings): Promise<PreparedImports> {
  const who = requireRole(actor, "editor", "import documents");
  const timed = <T>(key: keyof ImportTimings, work: () => T): T => {
    const t0 = performance.now();
    try {
      return work();
    } finally {
      if (timings) timings[key] += performance.now() - t0;
    }
  };

  const parsed = timed("extractMs", () =>
    inputs.map((input): Parsed | { error: AppError } => {
      try {
        const data = validate(importDocumentSchema, input);
        const body = normaliseBody(data.body);
        return { data, body, hash: contentHash(body) };
      } catch (err) {
        if (err instanceof AppError) return { error: err };
        throw err;
      }
    }),
  );

  const ok = parsed.filter((p): p is Parsed => !("error" in p));
  const existing = await timed("databaseMs", () => findByHashes(db, [...new Set(ok.map((p) => p.hash))]));

  const fresh = new Map<string, Fresh>();
  for (const p of ok) {
    if (existing.has(p.hash) || fresh.has(p.hash)) continue;
    const language = p.data.language ?? detectLanguage(p.body);
    fresh.set(p.hash, { ...p, language, result: timed("extractMs", () => extract(p.body, { lang: language })) });
    if (ok.length > 1) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { who, parsed, existing, fresh: [...fresh.values()] };
}

/** importDocuments' second half: the transaction, and each input's outcome in input order. */
export async function writeImports(db: Db, prepared: PreparedImports, timings?: ImportTimings, inTransaction?: InTransaction): Promise<ImportOutcome[]> {
  const t0 = performance.now();
  const written = await writeInTransactions(db, prepared.who, prepared.fresh, inTransaction);
  if (timings) timings.databaseMs += performance.now() - t0;

  const seen = new Set<string>();
  return prepared.parsed.map((p) => {
    if ("error" in p) return p;
    const known = prepared.existing.get(p.hash);
    if (known) return { result: known };
    const result = written.get(p.hash)!;
    if (seen.has(p.hash)) return { result: { ...result, duplicate: true } };
    seen.add(p.hash);
    return { result };
  });
}

/** "Sekretaris Jenderal NATO Jens Stoltenberg" said as "Jens Stoltenberg": the words before the name. */
export function titleFrom(mention: string | null, name: string): string | null {
  if (!mention || mention.length <= name.length || !mention.endsWith(name)) return null;
  const title = mention.slice(0, -name.length).replace(/[\s,]+$/, "").trim();
  return title.length >= 2 && title.length <= 120 ? title : null;
}

interface Parsed {
  data: ImportDocument;
  body: string;
  hash: string;
}

interface Fresh extends Parsed {
  language: "id" | "en";
  result: ExtractResult;
}

// Rows per statement, so each stays under the protocol's 65,535 bound parameters (12 a row at most).
const CHUNK = 4_000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

async function writeInTransactions(db: Db, who: Actor, fresh: Fresh[], inTransaction?: InTransaction): Promise<Map<string, ImportResult>> {
  if (fresh.length === 0) return new Map();
  try {
    return await db.transaction(async (tx) => {
      const written = await writeBatch(tx, who, fresh);
      if (inTransaction) await inTransaction(tx, [...written].filter(([, r]) => !r.duplicate).map(([hash, result]) => ({ hash, result })));
      return written;
    });
  } catch (err) {
    if (fresh.length === 1) throw err;
    // One bad article must not cost the others: one transaction each, and the bad one throws as alone.
    const written = new Map<string, ImportResult>();
    for (const f of fresh) for (const [hash, result] of await writeInTransactions(db, who, [f], inTransaction)) written.set(hash, result);
    return written;
  }
}

async function writeBatch(tx: Tx, who: Actor, fresh: Fresh[]): Promise<Map<string, ImportResult>> {
  const inserted = new Map<string, Document>();
  for (const [c, rows] of chunks(fresh).entries()) {
    const docs = await tx
      .insert(documents)
      .values(
        rows.map((f, i) => ({
          title: f.data.title,
          body: f.body,
          contentHash: f.hash,
          sourceName: f.data.sourceName ?? null,
          sourceUrl: f.data.sourceUrl ?? null,
          publishedAt: f.data.publishedAt ?? null,
          language: f.language,
          extractor: f.result.extractor,
          createdBy: who.id,
          // One transaction's now() is one instant: a microsecond apart, lists keep the batch's order.
          createdAt: sql`now() + ${sql.raw(`interval '${c * CHUNK + i} microseconds'`)}`,
        })),
      )
      .onConflictDoNothing()
      .returning();
    for (const d of docs) inserted.set(d.contentHash, d);
  }
  const stored = fresh.filter((f) => inserted.has(f.hash));
  // A twin import that committed first won those: they are its duplicates.
  const written = await findByHashes(tx as unknown as Db, fresh.filter((f) => !inserted.has(f.hash)).map((f) => f.hash));

  // Each article's speakers in the order findOrCreatePerson met them, one per speaker string.
  const requests: PersonRequest[] = [];
  for (const f of stored) {
    const asked = new Set<string>();
    for (const q of f.result.quotes) {
      if (!q.speaker || asked.has(q.speaker)) continue;
      asked.add(q.speaker);
      requests.push({ name: q.speaker, kind: speakerKind(q.speaker), title: titleFrom(q.speakerMention, q.speaker) });
    }
  }
  const speakerIds = await resolvePeople(tx, requests);

  await insertItems(
    tx,
    stored.flatMap((f) => {
      const documentId = inserted.get(f.hash)!.id;
      const extractor = f.result.extractor;
      return [
        ...f.result.quotes.map((q) => ({
          documentId,
          type: "quote" as const,
          kind: q.kind,
          text: q.text,
          start: q.start,
          end: q.end,
          speakerId: q.speaker ? speakerIds.get(cleanPersonName(q.speaker))! : null,
          speakerMention: q.speakerMention,
          cue: q.cue,
          score: q.confidence,
          signals: [],
          extractor,
        })),
        ...f.result.claims.map((c) => ({
          documentId,
          type: "claim" as const,
          kind: null,
          text: c.text,
          start: c.start,
          end: c.end,
          speakerId: null,
          speakerMention: null,
          cue: null,
          score: c.score,
          signals: c.signals,
          extractor,
        })),
      ];
    }),
  );

  const audits = stored.map((f) => {
    const document = inserted.get(f.hash)!;
    const counts = { quotes: f.result.quotes.length, claims: f.result.claims.length };
    written.set(f.hash, { document: toDocumentView(document), duplicate: false, counts });
    return { action: "document.import", target: { type: "document", id: document.id }, before: null, after: { title: document.title, ...counts } };
  });
  await recordAudits(tx, who, audits);
  return written;
}

type NewItem = Required<Pick<typeof items.$inferInsert, "documentId" | "type" | "kind" | "text" | "start" | "end" | "speakerId" | "speakerMention" | "cue" | "score" | "signals" | "extractor">>;

/**
 * All the rows in one statement of twelve array parameters, unnested by the server: drizzle's
 * multi-row VALUES costs the client about 0.1 ms a row to build, longer than the server takes to
 * store it. Signals go as JSON, since a text[][] must be rectangular.
 */
async function insertItems(tx: Tx, rows: NewItem[]) {
  if (rows.length === 0) return;
  const column = <K extends keyof NewItem>(key: K) => sql.param(rows.map((r) => r[key]));
  const names = (["documentId", "type", "kind", "text", "start", "end", "speakerId", "speakerMention", "cue", "score", "signals", "extractor"] as const).map(
    (key) => sql.identifier(items[key].name),
  );
  await tx.execute(sql`
    insert into ${items} (${sql.join(names, sql`, `)}, search)
    select document_id, type, kind, text, start, "end", speaker_id, speaker_mention, cue, score,
      array(select jsonb_array_elements_text(signals)), extractor,
      -- The words for search, as the items_search trigger would make them (db/migrations/0006_search.sql).
      to_tsvector(attest_text_config((select language from ${documents} d where d.id = document_id)), text)
    from unnest(
      ${column("documentId")}::uuid[], ${column("type")}::text[], ${column("kind")}::text[], ${column("text")}::text[],
      ${column("start")}::int[], ${column("end")}::int[], ${column("speakerId")}::uuid[], ${column("speakerMention")}::text[],
      ${column("cue")}::text[], ${column("score")}::real[], ${sql.param(rows.map((r) => JSON.stringify(r.signals)))}::jsonb[], ${column("extractor")}::text[]
    ) as r(document_id, type, kind, text, start, "end", speaker_id, speaker_mention, cue, score, signals, extractor)`);
}

/** The documents already there with these hashes, with their item counts, as duplicates. */
async function findByHashes(db: Db, hashes: string[]): Promise<Map<string, ImportResult>> {
  const found = new Map<string, ImportResult>();
  for (const chunk of chunks(hashes)) {
    const docs = await db.select().from(documents).where(inArray(documents.contentHash, chunk));
    if (docs.length === 0) continue;
    const tally = await db
      .select({ documentId: items.documentId, type: items.type, n: count() })
      .from(items)
      .where(inArray(items.documentId, docs.map((d) => d.id)))
      .groupBy(items.documentId, items.type);
    const n = new Map(tally.map((r) => [`${r.documentId} ${r.type}`, r.n]));
    for (const doc of docs) {
      const counts = { quotes: n.get(`${doc.id} quote`) ?? 0, claims: n.get(`${doc.id} claim`) ?? 0 };
      found.set(doc.contentHash, { document: toDocumentView(doc), duplicate: true, counts });
    }
  }
  return found;
}
