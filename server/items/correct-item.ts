import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents, items, people } from "@/db/schema.ts";
import { itemCorrectionSchema } from "@/lib/validations/item-correction.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { AppError, notFound } from "../errors.ts";
import { findOrCreatePerson } from "../people/find-or-create-person.ts";
import { validate } from "../validate.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { itemWithSpeaker } from "./item-with-speaker.ts";
import { conflict, lockItem } from "./lock-item.ts";
import { restoreItem } from "./restore-item.ts";
import { spanOf } from "./span-of.ts";

/**
 * An editor's correction: the speaker (a known person, or a new name), the kind, the span
 * (checked against the article and its text re-read from it), or removal. Versioned and
 * audited like a verdict; a removed item stays in the table and its history.
 */
export async function correctItem(db: Db, actor: Actor | null, itemId: string, input: unknown): Promise<{ item: ItemView }> {
  const who = requireRole(actor, "editor", "correct items");
  const data = validate(itemCorrectionSchema, input);
  // `removed: false` alone brings a removed item back (lockItem refuses removed items).
  if (data.removed === false) {
    const others = Object.keys(data).filter((k) => k !== "removed" && k !== "version" && data[k as keyof typeof data] !== undefined);
    if (others.length) throw new AppError("validation", "Restore the item first, then correct it.", { removed: ["Restore the item on its own."] });
    return restoreItem(db, who, itemId, data.version);
  }
  return db.transaction(async (tx) => {
    const item = await lockItem(tx, itemId, data.version);
    const change: Partial<typeof items.$inferInsert> = {};
    if (data.kind !== undefined) {
      if (item.type !== "quote") throw new AppError("validation", "Only quotes have a kind.", { kind: ["Only quotes have a kind."] });
      change.kind = data.kind;
    }
    if (data.speaker !== undefined) {
      if (item.type !== "quote") throw new AppError("validation", "Only quotes have a speaker.", { speaker: ["Only quotes have a speaker."] });
      change.speakerId = (await findOrCreatePerson(tx, data.speaker)).id;
    }
    if (data.speakerId !== undefined) {
      const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, data.speakerId));
      if (!person) throw notFound("That speaker");
      change.speakerId = person.id;
    }
    if (data.start !== undefined && data.end !== undefined) {
      const [doc] = await tx.select({ body: documents.body }).from(documents).where(eq(documents.id, item.documentId));
      Object.assign(change, spanOf(doc!.body, data.start, data.end));
    }
    if (data.removed !== undefined) change.removedAt = data.removed ? new Date() : null;
    if (!Object.keys(change).length) throw new AppError("validation", "Nothing to change.", { _: ["Change the speaker, kind or span, or remove the item."] });

    const [updated] = await tx
      .update(items)
      .set({ ...change, version: item.version + 1, updatedAt: new Date() })
      .where(and(eq(items.id, item.id), eq(items.version, item.version)))
      .returning();
    if (!updated) throw await conflict(tx, item);
    const before = Object.fromEntries(Object.keys(change).map((k) => [k, item[k as keyof typeof item]]));
    await recordAudit(tx, who, data.removed ? "item.remove" : "item.correct", { type: "item", id: item.id }, { ...before, version: item.version }, {
      ...change,
      version: updated.version,
    });
    return { item: await itemWithSpeaker(tx, updated) };
  });
}
