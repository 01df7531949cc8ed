import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { citations, items } from "@/db/schema.ts";
import { citationSchema } from "@/lib/validations/citation.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { notFound } from "../errors.ts";
import { UUID } from "@/lib/uuid.ts";
import { validate } from "../validate.ts";
import { toCitationView } from "./citation-view.ts";

/** Adds a source to an item (reviewers and up). The accessed date defaults to today. */
export async function addCitation(db: Db, actor: Actor | null, itemId: string, input: unknown, today = new Date()) {
  const who = requireRole(actor, "reviewer", "add citations");
  const data = validate(citationSchema, input);
  if (!UUID.test(itemId)) throw notFound("That item");
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ id: items.id, removedAt: items.removedAt }).from(items).where(eq(items.id, itemId)).limit(1);
    if (!item || item.removedAt) throw notFound("That item");
    const [citation] = await tx
      .insert(citations)
      .values({
        itemId,
        url: data.url,
        title: data.title,
        publisher: data.publisher ?? null,
        excerpt: data.excerpt ?? null,
        stance: data.stance,
        accessedAt: data.accessedAt ?? today.toISOString().slice(0, 10),
        createdBy: who.id,
      })
      .returning();
    const view = toCitationView(citation!);
    await recordAudit(tx, who, "citation.add", { type: "item", id: itemId }, null, view);
    return { citation: view };
  });
}
