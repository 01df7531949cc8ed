import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { items } from "@/db/schema.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { UUID } from "@/lib/uuid.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { AppError, notFound } from "../errors.ts";
import { itemWithSpeaker } from "./item-with-speaker.ts";
import { conflict } from "./lock-item.ts";

/**
 * Brings a removed item back, with its verdicts and citations as they were: removal only hid it.
 * Versioned (against the version it was removed at) and audited like the removal.
 */
export async function restoreItem(db: Db, actor: Actor | null, itemId: string, version: number): Promise<{ item: ItemView }> {
  const who = requireRole(actor, "editor", "restore items");
  if (!UUID.test(itemId)) throw notFound("That item");
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(items).where(eq(items.id, itemId)).for("update").limit(1);
    if (!item) throw notFound("That item");
    if (!item.removedAt) throw new AppError("validation", "This item is not removed.", { removed: ["Only a removed item can be restored."] });
    if (item.version !== version) throw await conflict(tx, item);
    const [updated] = await tx
      .update(items)
      .set({ removedAt: null, version: item.version + 1, updatedAt: new Date() })
      .where(and(eq(items.id, item.id), eq(items.version, item.version)))
      .returning();
    if (!updated) throw await conflict(tx, item);
    await recordAudit(tx, who, "item.restore", { type: "item", id: item.id }, { removedAt: item.removedAt, version: item.version }, { removedAt: null, version: updated.version });
    return { item: await itemWithSpeaker(tx, updated) };
  });
}
