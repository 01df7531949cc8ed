import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents, items } from "@/db/schema.ts";
import { newItemSchema } from "@/lib/validations/item-correction.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { notFound } from "../errors.ts";
import { UUID } from "@/lib/uuid.ts";
import { findOrCreatePerson } from "../people/find-or-create-person.ts";
import { validate } from "../validate.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { toItemView } from "./item-view.ts";
import { spanOf } from "./span-of.ts";

/** Adds a quote or claim the extractor missed, from a span an editor selected in the article. */
export async function addItem(db: Db, actor: Actor | null, documentId: string, input: unknown): Promise<{ item: ItemView }> {
  const who = requireRole(actor, "editor", "add items");
  const data = validate(newItemSchema, input);
  if (!UUID.test(documentId)) throw notFound("That document");
  return db.transaction(async (tx) => {
    const [doc] = await tx.select({ body: documents.body }).from(documents).where(eq(documents.id, documentId));
    if (!doc) throw notFound("That document");
    const span = spanOf(doc.body, data.start, data.end);
    const speaker = data.speaker ? await findOrCreatePerson(tx, data.speaker) : null;
    const [item] = await tx
      .insert(items)
      .values({
        documentId,
        type: data.type,
        kind: data.type === "quote" ? data.kind! : null,
        ...span,
        speakerId: speaker?.id ?? null,
        extractor: `manual:${who.email}`,
      })
      .returning();
    await recordAudit(tx, who, "item.add", { type: "item", id: item!.id }, null, { type: item!.type, start: item!.start, end: item!.end });
    return { item: toItemView(item!, speaker) };
  });
}
