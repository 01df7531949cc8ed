import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents } from "@/db/schema.ts";
import { extract } from "@/lib/extract/index.ts";
import { foundItems } from "@/lib/reextract/found-items.ts";
import { planReextract, type ReextractPlan } from "@/lib/reextract/plan-reextract.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";
import { UUID } from "@/lib/uuid.ts";
import { applyPlan } from "./apply-plan.ts";
import { storedItems } from "./stored-items.ts";

export interface ReextractReport {
  document: { id: string; title: string };
  /** The version the document was extracted with, and the one it was (or would be) moved to. */
  from: string;
  to: string;
  plan: ReextractPlan;
  applied: boolean;
}

/**
 * Runs the current extractor on a stored document's body and plans what it would change
 * (see planReextract). A dry run, unless `apply`: then the plan is made again inside one
 * transaction, with the document and its items locked, and carried out there, so a failure
 * leaves the document exactly as it was and a verdict saved since the dry run still counts.
 */
export async function reextractDocument(db: Db, actor: Actor | null, documentId: string, opts: { apply?: boolean } = {}): Promise<ReextractReport> {
  const who = requireRole(actor, "editor", "re-extract documents");
  if (!UUID.test(documentId)) throw notFound(`Document ${documentId}`);
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId)).limit(1);
  if (!doc) throw notFound(`Document ${documentId}`);
  // Bodies never change once stored, so the extraction can run before any lock is taken.
  const result = extract(doc.body, { lang: doc.language });
  const found = foundItems(result);
  const report = (from: string, plan: ReextractPlan, applied: boolean): ReextractReport => ({
    document: { id: doc.id, title: doc.title },
    from,
    to: result.extractor,
    plan,
    applied,
  });
  if (!opts.apply) return report(doc.extractor, planReextract(await storedItems(db, doc.id), found), false);

  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ extractor: documents.extractor }).from(documents).where(eq(documents.id, doc.id)).for("update");
    if (!locked) throw notFound(`Document ${documentId}`);
    const plan = planReextract(await storedItems(tx, doc.id, { lock: true }), found);
    await applyPlan(tx, who, { id: doc.id, extractor: locked.extractor }, result.extractor, plan);
    return report(locked.extractor, plan, true);
  });
}
