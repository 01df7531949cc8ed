import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents, intakeBatches, intakeEntries, INTAKE_STATUSES, users } from "@/db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";

export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

export interface BatchView {
  id: string;
  kind: "files" | "urls" | "feed";
  label: string;
  createdAt: string;
  createdBy: string | null;
  counts: Record<IntakeStatus, number> & { total: number };
  /** No entry is waiting or running: nothing more will change. */
  finished: boolean;
  entries: { id: string; position: number; label: string; status: IntakeStatus; reason: string | null; attempts: number; document: { id: string; title: string } | null }[];
}

/** A bulk import as its page shows it: every entry's result so far, and the tally. */
export async function getBatch(db: Db, actor: Actor | null, batchId: string): Promise<BatchView> {
  requireRole(actor, "editor", "see bulk imports");
  if (!/^[0-9a-f-]{36}$/i.test(batchId)) throw notFound("That import");
  const [batch] = await db
    .select({ id: intakeBatches.id, kind: intakeBatches.kind, label: intakeBatches.label, createdAt: intakeBatches.createdAt, createdBy: users.name })
    .from(intakeBatches)
    .leftJoin(users, eq(users.id, intakeBatches.createdBy))
    .where(eq(intakeBatches.id, batchId));
  if (!batch) throw notFound("That import");
  const rows = await db
    .select({
      id: intakeEntries.id,
      position: intakeEntries.position,
      label: intakeEntries.label,
      status: intakeEntries.status,
      reason: intakeEntries.reason,
      attempts: intakeEntries.attempts,
      documentId: documents.id,
      documentTitle: documents.title,
    })
    .from(intakeEntries)
    .leftJoin(documents, eq(documents.id, intakeEntries.documentId))
    .where(eq(intakeEntries.batchId, batchId))
    .orderBy(asc(intakeEntries.position));
  const counts = Object.fromEntries(INTAKE_STATUSES.map((s) => [s, 0])) as BatchView["counts"];
  for (const r of rows) counts[r.status]++;
  counts.total = rows.length;
  return {
    ...batch,
    createdAt: batch.createdAt.toISOString(),
    counts,
    finished: counts.queued + counts.running === 0,
    entries: rows.map(({ documentId, documentTitle, ...r }) => ({ ...r, document: documentId ? { id: documentId, title: documentTitle! } : null })),
  };
}
