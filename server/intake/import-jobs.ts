import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Job, JobWithMetadata } from "pg-boss";
import type { Db, Tx } from "@/db/client.ts";
import { documents, intakeEntries, users, type IntakePayload } from "@/db/schema.ts";
import { contentHash } from "@/lib/import/content-hash.ts";
import { normaliseBody } from "@/lib/import/normalise-body.ts";
import { roleAtLeast } from "@/lib/roles.ts";
import { OPERATOR, type Actor } from "../actor.ts";
import { importDocuments, type ImportOutcome } from "../documents/import-document.ts";
import { AppError } from "../errors.ts";
import { readUrl } from "./read-url.ts";

/** A job names its entry; the entry holds the work (intake_entries.payload). */
export interface EntryJob {
  entryId: string;
}

type TextPayload = Extract<IntakePayload, { kind: "text" }>;
type UrlPayload = Extract<IntakePayload, { kind: "url" }>;
type Open<P> = { id: string; payload: P };

// Refusals that another try would only repeat: the entry fails at once with the reason.
const PERMANENT = new Set(["validation", "url_refused", "forbidden", "unauthenticated", "payload_too_large", "not_found"]);

/**
 * Imports a batch of text entries. Every job is safe to run again, whatever a killed worker left:
 * an entry already finished is skipped, and an article is stored in the same transaction that
 * marks its entry imported, so the two are both there or neither is. A refusal (a validation
 * error) fails its entry for good; anything else throws, and the queue retries the batch.
 */
export async function runTextJobs(db: Db, jobs: Job<EntryJob>[]): Promise<void> {
  const open = (await startEntries(db, jobs.map((j) => j.data.entryId))) as Open<TextPayload>[];
  for (const [actorId, group] of groupBy(open, (e) => e.payload.actorId)) {
    const actor = await actorFor(db, actorId);
    if ("error" in actor) {
      await finishEntries(db, group.map((e) => ({ entryId: e.id, outcome: actor })));
      continue;
    }
    const inputs = group.map((e) => e.payload.input);
    const outcomes = await importDocuments(db, actor, inputs, undefined, markImported(group.map((e) => ({ entryId: e.id, body: e.payload.input.body }))));
    await finishEntries(db, group.map((e, i) => ({ entryId: e.id, outcome: outcomes[i]! })));
  }
}

/**
 * Fetches and imports one address. A site that is down or slow may answer later, so
 * `url_unreachable` is retried by the queue with its growing delays until the last try, when
 * the entry fails with the site's reason; the other refusals fail it at once.
 */
export async function runUrlJob(db: Db, job: JobWithMetadata<EntryJob>): Promise<void> {
  const [entry] = (await startEntries(db, [job.data.entryId])) as Open<UrlPayload>[];
  if (!entry) return;
  const actor = await actorFor(db, entry.payload.actorId);
  if ("error" in actor) return finishEntries(db, [{ entryId: entry.id, outcome: actor }]);
  let page;
  try {
    page = await readUrl(entry.payload.url);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === "url_unreachable" && job.retryCount < job.retryLimit) {
      await db.update(intakeEntries).set({ status: "queued", reason: `${err.message} Trying again shortly.`, updatedAt: sql`now()` }).where(eq(intakeEntries.id, entry.id));
      throw err;
    }
    // The last try's reason stands, whatever its kind: nothing will try again.
    await db.update(intakeEntries).set({ ...DONE, status: "failed", reason: reasonOf(err) }).where(eq(intakeEntries.id, entry.id));
    return;
  }
  // A story reached by another link (a feed's tracking link, a short link) is one document by its canonical address.
  const [known] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(inArray(documents.sourceUrl, [...new Set([page.sourceUrl, entry.payload.url])]))
    .limit(1);
  if (known) {
    await db.update(intakeEntries).set({ ...DONE, status: "duplicate", documentId: known.id, reason: null }).where(eq(intakeEntries.id, entry.id));
    return;
  }
  const { title, body, sourceName, sourceUrl, publishedAt, language } = page;
  const input = { title, body, sourceName, sourceUrl, publishedAt, language, ...defined(entry.payload.given) };
  const [outcome] = await importDocuments(db, actor, [input], undefined, markImported([{ entryId: entry.id, body }]));
  await finishEntries(db, [{ entryId: entry.id, outcome: outcome! }]);
}

/**
 * A job that threw (the database away, a bug): its entries say so, "trying again" while the
 * queue has tries left and failed with the reason on the last, so no entry stays running for
 * ever. Then the error goes on to the queue, which retries or gives up. If the database is what
 * failed this may fail too; the entries then stay as they were until a retry reaches them.
 */
export async function settleFailedJobs(db: Db, jobs: JobWithMetadata<EntryJob>[], error: unknown): Promise<void> {
  // A site to try again has already said so on its entry.
  if (error instanceof AppError && error.code === "url_unreachable") throw error;
  const reason = error instanceof Error ? error.message : String(error);
  const ids = jobs.map((j) => j.data.entryId);
  if (error instanceof AppError && PERMANENT.has(error.code)) {
    // Another try would be refused the same way: the entries fail with it and the jobs end.
    await db.update(intakeEntries).set({ ...DONE, status: "failed", reason: reasonOf(error) }).where(and(inArray(intakeEntries.id, ids), inArray(intakeEntries.status, ["queued", "running"])));
    return;
  }
  const last = jobs.filter((j) => j.retryCount >= j.retryLimit).map((j) => j.data.entryId);
  const again = jobs.filter((j) => j.retryCount < j.retryLimit).map((j) => j.data.entryId);
  const unfinished = inArray(intakeEntries.status, ["queued", "running"]);
  try {
    if (last.length) {
      await db.update(intakeEntries).set({ ...DONE, status: "failed", reason: `The import failed (${reason}). Import this article again.` }).where(and(inArray(intakeEntries.id, last), unfinished));
    }
    if (again.length) {
      await db.update(intakeEntries).set({ status: "queued", reason: `The import failed (${reason}). Trying again shortly.`, updatedAt: sql`now()` }).where(and(inArray(intakeEntries.id, again), unfinished));
    }
  } catch {
    // Reported through the queue with the first error.
  }
  throw error;
}

/** Marks the entries running, one more attempt each, and gives their work; the ones already finished are left out. */
async function startEntries(db: Db, ids: string[]): Promise<Open<IntakePayload>[]> {
  if (ids.length === 0) return [];
  const started = await db
    .update(intakeEntries)
    .set({ status: "running", attempts: sql`${intakeEntries.attempts} + 1`, updatedAt: sql`now()` })
    .where(and(inArray(intakeEntries.id, ids), inArray(intakeEntries.status, ["queued", "running"])))
    .returning({ id: intakeEntries.id, payload: intakeEntries.payload });
  return started.filter((e): e is Open<IntakePayload> => e.payload !== null);
}

const DONE = { payload: null, updatedAt: sql`now()` };

/** Inside the articles' own transaction: the entries whose article it stored are imported. */
function markImported(entries: { entryId: string; body: string }[]) {
  const byHash = new Map<string, string>();
  for (const e of entries) {
    const hash = contentHash(normaliseBody(e.body));
    if (!byHash.has(hash)) byHash.set(hash, e.entryId);
  }
  return async (tx: Tx, stored: { hash: string; result: { document: { id: string } } }[]) => {
    for (const { hash, result } of stored) {
      const entryId = byHash.get(hash);
      if (entryId) await tx.update(intakeEntries).set({ ...DONE, status: "imported", documentId: result.document.id, reason: null }).where(eq(intakeEntries.id, entryId));
    }
  };
}

/** Each entry's outcome, except those its transaction already marked imported. */
async function finishEntries(db: Db, done: { entryId: string; outcome: ImportOutcome | { error: AppError } }[]) {
  for (const { entryId, outcome } of done) {
    if ("error" in outcome) {
      if (!PERMANENT.has(outcome.error.code)) throw outcome.error;
      await db.update(intakeEntries).set({ ...DONE, status: "failed", reason: reasonOf(outcome.error) }).where(eq(intakeEntries.id, entryId));
    } else if (outcome.result.duplicate) {
      await db
        .update(intakeEntries)
        .set({ ...DONE, status: "duplicate", documentId: outcome.result.document.id, reason: null })
        .where(and(eq(intakeEntries.id, entryId), eq(intakeEntries.status, "running")));
    }
  }
}

/** A validation error's fields say more than its summary ("body: …", "title: …"). */
function reasonOf(error: AppError): string {
  if (error.code !== "validation" || !error.fields) return error.message;
  return Object.values(error.fields).flat().join(" ");
}

/** The batch's owner as they are now: a deactivated account's imports stop, a demoted one's are refused. */
async function actorFor(db: Db, actorId: string | null): Promise<Actor | { error: AppError }> {
  if (actorId === null) return OPERATOR;
  const [user] = await db.select().from(users).where(eq(users.id, actorId));
  if (!user || user.deactivatedAt) return { error: new AppError("forbidden", "The account that started this import is no longer active.") };
  if (!roleAtLeast(user.role, "editor")) return { error: new AppError("forbidden", `The account that started this import is now a ${user.role} and may not import documents.`) };
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

function groupBy<T, K>(list: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of list) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return out;
}

function defined<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
