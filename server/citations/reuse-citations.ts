import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { citations, items } from "@/db/schema.ts";
import { UUID } from "@/lib/uuid.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudits } from "../audit.ts";
import { AppError, notFound } from "../errors.ts";
import { reuseCitationsSchema } from "@/lib/validations/reuse-citations.ts";
import { validate } from "../validate.ts";
import { toCitationView, type CitationView } from "./citation-view.ts";

/**
 * Copies an earlier item's sources onto this one (the seen-before list's "Reuse its sources"),
 * each audited as a citation added by this reviewer, copied from that item. Sources the item
 * already cites (the same address) are skipped; the verdict is left for the reviewer to choose.
 */
export async function reuseCitations(db: Db, actor: Actor | null, itemId: string, input: unknown): Promise<{ citations: CitationView[] }> {
  const who = requireRole(actor, "reviewer", "add citations");
  const { fromItemId } = validate(reuseCitationsSchema, input);
  if (!UUID.test(itemId) || !UUID.test(fromItemId)) throw notFound("That item");
  if (itemId === fromItemId) throw new AppError("validation", "Pick another item to take sources from.", { fromItemId: ["That is this item."] });
  return db.transaction(async (tx) => {
    const found = await tx
      .select({ id: items.id })
      .from(items)
      .where(and(inArray(items.id, [itemId, fromItemId]), isNull(items.removedAt)));
    if (found.length !== 2) throw notFound("That item");
    const theirs = await tx.select().from(citations).where(and(eq(citations.itemId, fromItemId), isNull(citations.removedAt))).orderBy(asc(citations.createdAt));
    const ours = new Set((await tx.select({ url: citations.url }).from(citations).where(and(eq(citations.itemId, itemId), isNull(citations.removedAt)))).map((c) => c.url));
    const copies = theirs.filter((c) => !ours.has(c.url));
    if (!theirs.length) throw new AppError("validation", "That item has no sources to reuse.", { fromItemId: ["No sources."] });
    if (!copies.length) return { citations: [] };
    const added = await tx
      .insert(citations)
      .values(copies.map((c) => ({ itemId, url: c.url, title: c.title, publisher: c.publisher, excerpt: c.excerpt, stance: c.stance, accessedAt: c.accessedAt, createdBy: who.id })))
      .returning();
    const views = added.map(toCitationView);
    await recordAudits(
      tx,
      who,
      views.map((view) => ({ action: "citation.add", target: { type: "item", id: itemId }, before: null, after: { ...view, copiedFrom: fromItemId } })),
    );
    return { citations: views };
  });
}
