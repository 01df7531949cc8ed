import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client.ts";
import { items, users, verdicts, type Item } from "@/db/schema.ts";
import { ItemConflictError, notFound } from "../errors.ts";
import { UUID } from "@/lib/uuid.ts";
import { itemWithSpeaker } from "./item-with-speaker.ts";

/**
 * Reads an item for change, locked until the transaction ends, and refuses a save made
 * against an older version: the 409 carries the item as it is now and who changed it last,
 * so the reviewer can decide with their own note still in hand.
 */
export async function lockItem(tx: Tx, id: string, version: number): Promise<Item> {
  if (!UUID.test(id)) throw notFound("That item");
  const [item] = await tx.select().from(items).where(eq(items.id, id)).for("update").limit(1);
  if (!item || item.removedAt) throw notFound("That item");
  if (item.version !== version) throw await conflict(tx, item);
  return item;
}

export async function conflict(tx: Tx, item: Item): Promise<ItemConflictError> {
  const [last] = await tx
    .select({ toStatus: verdicts.toStatus, note: verdicts.note, at: verdicts.createdAt, by: users.name })
    .from(verdicts)
    .leftJoin(users, eq(users.id, verdicts.createdBy))
    .where(eq(verdicts.itemId, item.id))
    .orderBy(sql`${verdicts.version} desc`)
    .limit(1);
  const change = last ? ` ${last.by ?? "Someone"} set it to ${last.toStatus} at ${last.at.toISOString()}.` : "";
  return new ItemConflictError(`This item changed while you were working on it (now version ${item.version}).${change}`, {
    current: await itemWithSpeaker(tx, item),
    lastChange: last ? { status: last.toStatus, note: last.note, by: last.by, at: last.at.toISOString() } : null,
  });
}
