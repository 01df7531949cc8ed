import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client.ts";
import { documents, items } from "@/db/schema.ts";
import type { FoundItem } from "@/lib/reextract/found-items.ts";
import { planChanges, type ItemChange, type ReextractPlan, type StoredItem } from "@/lib/reextract/plan-reextract.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { AppError } from "../errors.ts";
import { speakerPerson } from "./speaker-person.ts";

const CHUNK = 500;

/**
 * Carries a plan out inside the caller's transaction: new items inserted as import would,
 * changed ones rewritten from what was found (version bumped, so a reviewer's save against
 * the old span is a conflict), gone ones marked removed, and the document moved to the new
 * version. Each changed or removed item gets an `item.reextract` audit event for its trail;
 * the document one `document.reextract` with the counts. Reviewed items are not written to.
 */
export async function applyPlan(tx: Tx, who: Actor, document: { id: string; extractor: string }, extractor: string, plan: ReextractPlan): Promise<void> {
  if (!planChanges(plan) && document.extractor === extractor) return;
  const speakers = new Map<string, string>();
  const speakerId = async (found: FoundItem): Promise<string | null> => {
    if (!found.speaker) return null;
    if (!speakers.has(found.speaker)) speakers.set(found.speaker, await speakerPerson(tx, found.speaker, found.speakerMention));
    return speakers.get(found.speaker)!;
  };

  const rows: (typeof items.$inferInsert)[] = [];
  for (const found of plan.add) rows.push({ documentId: document.id, ...columnsOf(found), speakerId: await speakerId(found), extractor });
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(items).values(rows.slice(i, i + CHUNK));

  for (const change of plan.change) await changeItem(tx, who, change, change.fields.includes("speaker") ? await speakerId(change.to) : undefined, extractor);
  for (const item of plan.remove) await removeItem(tx, who, item, extractor);

  await tx.update(documents).set({ extractor }).where(eq(documents.id, document.id));
  await recordAudit(tx, who, "document.reextract", { type: "document", id: document.id }, { extractor: document.extractor }, {
    extractor,
    added: plan.add.length,
    removed: plan.remove.length,
    changed: plan.change.length,
    reviewed: plan.reviewed.length,
  });
}

/** The columns the extractor owns, from what it found. */
function columnsOf(found: FoundItem) {
  return {
    type: found.type,
    kind: found.kind,
    text: found.text,
    start: found.start,
    end: found.end,
    speakerMention: found.speakerMention,
    cue: found.cue,
    score: found.score,
    signals: found.signals,
  };
}

/** `speakerId` is undefined when the speaker did not change: an alias found stays the person it was. */
async function changeItem(tx: Tx, who: Actor, { item, to, fields }: ItemChange, speakerId: string | null | undefined, extractor: string) {
  const { type: _, ...columns } = columnsOf(to);
  const set = { ...columns, ...(speakerId !== undefined && { speakerId }), extractor, version: item.version + 1, updatedAt: new Date() };
  await guardedUpdate(tx, item, set);
  // Like a correction's event: the fields that changed, before and after, so the trail reads the same.
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (fields.includes("speaker")) [before.speakerId, after.speakerId] = [item.speaker?.id ?? null, speakerId];
  if (fields.includes("kind")) [before.kind, after.kind] = [item.kind, to.kind];
  if (fields.includes("span")) [before.start, before.end, after.start, after.end] = [item.start, item.end, to.start, to.end];
  Object.assign(before, { version: item.version });
  Object.assign(after, { version: item.version + 1, extractor });
  await recordAudit(tx, who, "item.reextract", { type: "item", id: item.id }, before, after);
}

async function removeItem(tx: Tx, who: Actor, item: StoredItem, extractor: string) {
  const removedAt = new Date();
  await guardedUpdate(tx, item, { removedAt, version: item.version + 1, updatedAt: removedAt });
  await recordAudit(tx, who, "item.reextract", { type: "item", id: item.id }, { version: item.version }, {
    removedAt: removedAt.toISOString(),
    version: item.version + 1,
    extractor,
  });
}

// The items are locked for this transaction, so the version cannot have moved; checked anyway,
// because writing over a save nobody planned for is the one thing this must never do.
async function guardedUpdate(tx: Tx, item: StoredItem, set: Partial<typeof items.$inferInsert>) {
  const updated = await tx
    .update(items)
    .set(set)
    .where(and(eq(items.id, item.id), eq(items.version, item.version)))
    .returning({ id: items.id });
  if (!updated.length) throw new AppError("conflict", `An item changed during re-extraction (${item.id}); nothing was written to its document.`);
}
