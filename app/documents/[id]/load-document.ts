import { notFound } from "next/navigation";
import { cache } from "react";
import { currentActor } from "@/server/current-actor.ts";
import { getDocument } from "@/server/documents/get-document.ts";
import { getDocumentTitle } from "@/server/documents/get-document-title.ts";
import { AppError } from "@/server/errors.ts";
import { getDb } from "@/server/runtime.ts";

/** An unknown id is the segment's not-found page (and a 404). */
function orNotFound(e: unknown): never {
  if (e instanceof AppError && e.code === "not_found") notFound();
  throw e;
}

/**
 * The document's title, read once per request before anything streams, so an unknown id
 * answers 404. Null when nobody is signed in (the page sends them to sign in).
 */
export const loadDocumentTitle = cache(async (id: string) => {
  const actor = await currentActor();
  if (!actor) return null;
  return getDocumentTitle(await getDb(), actor, id).catch(orNotFound);
});

/** One document with its items for the page, read once per request, with who is reading it. */
export const loadDocument = cache(async (id: string) => {
  const actor = await currentActor();
  if (!actor) return null;
  return { ...(await getDocument(await getDb(), actor, id).catch(orNotFound)), actor };
});
