"use server";

import { redirect } from "next/navigation";
import { importInputFromForm } from "@/lib/import/import-form-input.ts";
import { MAX_BODY_BYTES } from "@/lib/validations/document.ts";
import { requireRole } from "@/server/actor.ts";
import { currentActor } from "@/server/current-actor.ts";
import { importDocument } from "@/server/documents/import-document.ts";
import { AppError } from "@/server/errors.ts";
import { previewUrl, type UrlPreview } from "@/server/intake/preview-url.ts";
import { getDb } from "@/server/runtime.ts";
import { actionError, type ActionState } from "../_lib/action-result.ts";

/**
 * Imports an article from the import form and opens it. The role is checked here before any
 * HTML is parsed, and again by the service; the service validates with the form's own schema
 * and writes everything in one transaction, so a failure leaves nothing behind.
 */
export async function importAction(_: ActionState, form: FormData): Promise<ActionState> {
  let target: string;
  try {
    const actor = requireRole(await currentActor(), "editor", "import documents");
    const raw = form.get("body");
    // Raw HTML is measured before it is reduced: the limit is on what the editor uploads.
    if (typeof raw === "string" && Buffer.byteLength(raw, "utf8") > MAX_BODY_BYTES) {
      throw new AppError("payload_too_large", "The article is larger than 1 MB.", { body: ["The article is larger than 1 MB. Import a shorter excerpt."] });
    }
    const { document, duplicate } = await importDocument(await getDb(), actor, importInputFromForm(form));
    target = `/documents/${document.id}?${duplicate ? "duplicate" : "imported"}=1`;
  } catch (e) {
    return actionError(e, "The import failed and nothing was saved. Try again.");
  }
  redirect(target);
}

export type PreviewState = ActionState & { preview?: UrlPreview };

/** Fetches an article's page for the import form to show and fill in; nothing is stored. */
export async function previewUrlAction(url: string): Promise<PreviewState> {
  try {
    return { preview: await previewUrl(await getDb(), await currentActor(), { url }) };
  } catch (e) {
    return actionError(e, "The page could not be fetched. Try again, or paste the article's text.");
  }
}
