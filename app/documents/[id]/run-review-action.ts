import { refresh } from "next/cache";
import type { Db } from "@/db/client.ts";
import type { ReviewResult } from "@/lib/review/panel-types.ts";
import type { Actor } from "@/server/actor.ts";
import { currentActor } from "@/server/current-actor.ts";
import { getDb } from "@/server/runtime.ts";
import { loadPanelData } from "./panel-data.ts";
import { reviewFailure } from "./review-result.ts";

/**
 * The frame of every review action: the signed-in actor (the service checks their role), the
 * change, then the page refreshed (so the list's badges and the "n of m reviewed" count move)
 * and the panel read again for the item the change leaves selected (`change` returns its id,
 * or null when none is left). A stale save refreshes too, and brings the item as it is now.
 * Not itself an action: in a "use server" file every export would be callable from outside.
 */
export async function runReviewAction(failed: string, change: (db: Db, actor: Actor | null) => Promise<string | null>): Promise<ReviewResult> {
  let db: Db | undefined;
  let actor: Actor | null = null;
  try {
    db = await getDb();
    actor = await currentActor();
    const itemId = await change(db, actor);
    refresh();
    return { ok: true, panel: itemId ? await loadPanelData(db, actor, itemId) : null };
  } catch (e) {
    const failure = reviewFailure(e, failed);
    if (failure.conflict || failure.gone) refresh();
    if (failure.conflict && db) failure.panel = await loadPanelData(db, actor, failure.conflict.current.id).catch(() => null);
    return failure;
  }
}

/** Reads the panel of one item (any signed-in role). */
export async function readPanel(itemId: string): Promise<ReviewResult> {
  try {
    return { ok: true, panel: await loadPanelData(await getDb(), await currentActor(), itemId) };
  } catch (e) {
    return reviewFailure(e, "This item could not be loaded. Try again.");
  }
}
