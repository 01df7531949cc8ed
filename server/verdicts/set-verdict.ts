import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { citations, items, verdicts } from "@/db/schema.ts";
import { verdictSchema } from "@/lib/validations/verdict.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { NeedsCitationError } from "../errors.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { itemWithSpeaker } from "../items/item-with-speaker.ts";
import { conflict, lockItem } from "../items/lock-item.ts";
import { validate } from "../validate.ts";

/**
 * Records a verdict: a new row in the append-only history, and the item's status and version
 * moved on, in one transaction. Anything but "pending" needs a citation. Two saves racing on
 * the same version: one lands, the other gets a 409 and writes nothing.
 */
export async function setVerdict(db: Db, actor: Actor | null, itemId: string, input: unknown): Promise<{ item: ItemView }> {
  const who = requireRole(actor, "reviewer", "set verdicts");
  const data = validate(verdictSchema, input);
  return db.transaction(async (tx) => {
    const item = await lockItem(tx, itemId, data.version);
    if (data.status !== "pending") {
      const [cited] = await tx.select({ n: count() }).from(citations).where(and(eq(citations.itemId, item.id), isNull(citations.removedAt)));
      if (!cited?.n) {
        throw new NeedsCitationError(`Add at least one citation before marking this ${item.type} ${data.status}.`);
      }
    }
    const version = item.version + 1;
    const [updated] = await tx
      .update(items)
      .set({ status: data.status, version, updatedAt: new Date() })
      .where(and(eq(items.id, item.id), eq(items.version, item.version)))
      .returning();
    if (!updated) throw await conflict(tx, item);
    await tx.insert(verdicts).values({
      itemId: item.id,
      fromStatus: item.status,
      toStatus: data.status,
      note: data.note ?? null,
      version,
      createdBy: who.id,
    });
    await recordAudit(tx, who, "item.verdict", { type: "item", id: item.id }, { status: item.status, version: item.version }, {
      status: data.status,
      version,
      note: data.note ?? null,
    });
    return { item: await itemWithSpeaker(tx, updated) };
  });
}
