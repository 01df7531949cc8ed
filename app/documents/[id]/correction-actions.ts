"use server";

import type { ReviewResult } from "@/lib/review/panel-types.ts";
import { addItem } from "@/server/items/add-item.ts";
import { correctItem } from "@/server/items/correct-item.ts";
import { restoreItem } from "@/server/items/restore-item.ts";
import { mergePeople } from "@/server/people/merge-people.ts";
import { runReviewAction } from "./run-review-action.ts";

// An editor's corrections, each through its versioned service (which checks the role and the
// version); a stale version comes back as a conflict with the item as it is now.

export interface ItemCorrection {
  version: number;
  speaker?: string;
  speakerId?: string;
  kind?: "direct" | "indirect";
  start?: number;
  end?: number;
}

export async function saveCorrection(itemId: string, input: ItemCorrection): Promise<ReviewResult> {
  return runReviewAction("The correction was not saved. Try again.", async (db, actor) => (await correctItem(db, actor, itemId, input)).item.id);
}

/** Removes a false item: it stays in the table and the history, and leaves every list. */
export async function removeItem(itemId: string, version: number): Promise<ReviewResult> {
  return runReviewAction("The item was not removed. Try again.", async (db, actor) => {
    await correctItem(db, actor, itemId, { version, removed: true });
    return null;
  });
}

/** Brings a removed item back; the panel then shows it. */
export async function restoreRemovedItem(itemId: string, version: number): Promise<ReviewResult> {
  return runReviewAction("The item was not restored. Try again.", async (db, actor) => (await restoreItem(db, actor, itemId, version)).item.id);
}

/** Adds a quote or claim the extractor missed; the panel then shows the new item. */
export async function addMissedItem(
  documentId: string,
  input: { type: "quote" | "claim"; kind?: "direct" | "indirect"; start: number; end: number; speaker?: string },
): Promise<ReviewResult> {
  return runReviewAction("The item was not added. Try again.", async (db, actor) => (await addItem(db, actor, documentId, input)).item.id);
}

/** Merges a duplicate person into the selected item's speaker, who keeps both names. */
export async function mergeSpeakers(itemId: string, input: { keepId: string; mergeId: string }): Promise<ReviewResult> {
  return runReviewAction("The speakers were not merged. Try again.", async (db, actor) => {
    await mergePeople(db, actor, input);
    return itemId;
  });
}
