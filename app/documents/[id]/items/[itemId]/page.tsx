import { notFound, redirect } from "next/navigation";
import { itemHash } from "@/lib/items/item-hash.ts";
import { currentActor } from "@/server/current-actor.ts";
import { AppError } from "@/server/errors.ts";
import { getItem } from "@/server/items/get-item.ts";
import { getDb } from "@/server/runtime.ts";

interface Props {
  params: Promise<{ id: string; itemId: string }>;
}

/**
 * An item's own address, for pasting to a colleague: it opens the document with the item
 * selected (#item-<id>, as the page's own links do). An item moved to another document's link
 * still finds it; a removed one is not found.
 */
export default async function ItemPage({ params }: Props) {
  const { id, itemId } = await params;
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/documents/${id}/items/${itemId}`)}`);
  let documentId: string;
  try {
    documentId = (await getItem(await getDb(), actor, itemId)).item.documentId;
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  redirect(`/documents/${documentId}${itemHash(itemId)}`);
}
