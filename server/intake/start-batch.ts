import "server-only";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { intakeBatches, intakeEntries, type IntakePayload } from "@/db/schema.ts";
import { fileTitle } from "@/lib/import/file-title.ts";
import { htmlToText } from "@/lib/import/html-to-text.ts";
import { bulkImportSchema } from "@/lib/validations/bulk-import.ts";
import { httpUrl } from "@/lib/validations/fields.ts";
import { requireRole, type Actor } from "../actor.ts";
import { jobPolicy, TEXT_QUEUE, URL_QUEUE, type Queue } from "../jobs/queue.ts";
import { validate } from "../validate.ts";

type Planned = { label: string } & ({ failed: string } | { payload: IntakePayload });

/**
 * Records a bulk import and puts one job per article on the queue. The entries, with the work
 * each job needs, are written first in one transaction, and each job has its entry's id: sending
 * them again (resumeEntries) adds nothing twice, so a server that stops between the two loses nothing.
 */
export async function startBatch(db: Db, queue: Queue, actor: Actor | null, input: unknown): Promise<{ batchId: string }> {
  const who = requireRole(actor, "editor", "import documents");
  const given = validate(bulkImportSchema, input);
  const meta = defined({ sourceName: given.sourceName, publishedAt: given.publishedAt, language: given.language });
  const planned: Planned[] =
    given.kind === "files"
      ? given.files.map((f) => {
          const body = f.format === "html" ? htmlToText(f.body) : f.body;
          if (!body.trim()) return { label: f.name, failed: "There is no article text in this file." };
          return { label: f.name, payload: { kind: "text", actorId: who.id, input: { ...meta, title: fileTitle(f.body, body, f.format), body } } };
        })
      : given.urls.map((raw) => {
          const url = httpUrl.safeParse(raw);
          if (!url.success) return { label: raw.trim() || "(empty line)", failed: url.error.issues[0]!.message };
          return { label: url.data, payload: { kind: "url", actorId: who.id, url: url.data, given: meta } };
        });

  const label = given.label ?? defaultLabel(given.kind, planned.length);
  const { batchId, queued } = await db.transaction(async (tx) => {
    const [batch] = await tx.insert(intakeBatches).values({ kind: given.kind, label, createdBy: who.id }).returning();
    const rows = await tx
      .insert(intakeEntries)
      .values(
        planned.map((p, position) => ({
          batchId: batch!.id,
          position,
          label: p.label,
          ...("failed" in p ? { status: "failed" as const, reason: p.failed } : { payload: p.payload }),
        })),
      )
      .returning({ id: intakeEntries.id, status: intakeEntries.status, payload: intakeEntries.payload });
    return { batchId: batch!.id, queued: rows.filter((r) => r.status === "queued") };
  });
  await sendJobs(queue, queued.map((r) => ({ id: r.id, kind: r.payload!.kind })));
  return { batchId };
}

/**
 * Sends again the jobs of entries left queued or running for longer than a job may take
 * (a server stopped between writing a batch and sending its jobs): jobs still on the queue are
 * not doubled, since each has its entry's id. Run as a worker starts.
 */
export async function resumeEntries(db: Db, queue: Queue, olderThanSeconds = 60): Promise<number> {
  const stale = await db
    .select({ id: intakeEntries.id, payload: intakeEntries.payload })
    .from(intakeEntries)
    .where(and(inArray(intakeEntries.status, ["queued", "running"]), lt(intakeEntries.updatedAt, sql`now() - make_interval(secs => ${olderThanSeconds})`)));
  await sendJobs(queue, stale.filter((e) => e.payload).map((e) => ({ id: e.id, kind: e.payload!.kind })));
  return stale.length;
}

/**
 * After a restart of the only process that can work jobs (the embedded database's server):
 * entries left running were being worked by the process that stopped, so their jobs are failed
 * now, to be retried after their delay, rather than after their expiry (minutes).
 */
export async function retryInterrupted(db: Db, queue: Queue): Promise<number> {
  const running = await db.select({ id: intakeEntries.id, payload: intakeEntries.payload }).from(intakeEntries).where(eq(intakeEntries.status, "running"));
  for (const kind of ["text", "url"] as const) {
    const ids = running.filter((e) => e.payload?.kind === kind).map((e) => e.id);
    for (const id of ids) await queue.fail(kind === "text" ? TEXT_QUEUE : URL_QUEUE, id, { message: "The server stopped while this article was being imported." });
  }
  return running.length;
}

/** One job per entry, its id the entry's, in a few inserts: a second send of the same is a no-op. */
export async function sendJobs(queue: Queue, entries: { id: string; kind: IntakePayload["kind"] }[]) {
  const policy = jobPolicy();
  for (let i = 0; i < entries.length; i += 500) {
    await queue.insert(entries.slice(i, i + 500).map((e) => ({ id: e.id, name: e.kind === "text" ? TEXT_QUEUE : URL_QUEUE, data: { entryId: e.id }, ...policy })));
  }
}

function defaultLabel(kind: "files" | "urls", n: number): string {
  return `${n.toLocaleString("en-GB")} ${kind === "files" ? (n === 1 ? "file" : "files") : n === 1 ? "address" : "addresses"}`;
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
