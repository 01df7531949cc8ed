"use server";

import type { CitationInput } from "@/lib/validations/citation.ts";
import type { VerdictInput } from "@/lib/validations/verdict.ts";
import type { ReviewResult } from "@/lib/review/panel-types.ts";
import { reuseCitations } from "@/server/citations/reuse-citations.ts";
import { addCitation } from "@/server/citations/add-citation.ts";
import { editCitation, removeCitation } from "@/server/citations/change-citation.ts";
import { setVerdict } from "@/server/verdicts/set-verdict.ts";
import { readPanel, runReviewAction } from "./run-review-action.ts";

// The item panel's reads and a reviewer's writes. Each service checks the session and role
// and validates with the schema the form used; these only choose what the panel sees next.

/** The item panel's data for one item. */
export async function loadItemPanel(itemId: string): Promise<ReviewResult> {
  return readPanel(itemId);
}

export async function saveVerdict(itemId: string, input: VerdictInput): Promise<ReviewResult> {
  return runReviewAction("The verdict was not saved. Try again.", async (db, actor) => (await setVerdict(db, actor, itemId, input)).item.id);
}

export async function saveNewCitation(itemId: string, input: CitationInput): Promise<ReviewResult> {
  return runReviewAction("The citation was not saved. Try again.", async (db, actor) => (await addCitation(db, actor, itemId, input)).citation.itemId);
}

/** Copies an earlier item's sources onto this one (the seen-before list); the verdict stays the reviewer's to set. */
export async function reuseSourcesFrom(itemId: string, fromItemId: string): Promise<ReviewResult> {
  return runReviewAction("The sources were not copied. Try again.", async (db, actor) => {
    await reuseCitations(db, actor, itemId, { fromItemId });
    return itemId;
  });
}

export async function saveCitationEdit(citationId: string, input: CitationInput): Promise<ReviewResult> {
  return runReviewAction("The citation was not saved. Try again.", async (db, actor) => (await editCitation(db, actor, citationId, input)).citation.itemId);
}

export async function deleteCitation(citationId: string): Promise<ReviewResult> {
  return runReviewAction("The citation was not removed. Try again.", async (db, actor) => (await removeCitation(db, actor, citationId)).citation.itemId);
}
