import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { people, type Item } from "@/db/schema.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { toItemView } from "./item-view.ts";

/**
 * An item just read or written, as the API shows it: with its speaker's name, which the
 * item row holds only as an id. The one place that looks the speaker up for a single item.
 */
export async function itemWithSpeaker(db: Pick<Db, "select">, item: Item): Promise<ItemView> {
  const [speaker] = item.speakerId ? await db.select({ id: people.id, name: people.name }).from(people).where(eq(people.id, item.speakerId)) : [];
  return toItemView(item, speaker ?? null);
}
