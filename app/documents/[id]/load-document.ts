import { notFound } from "next/navigation";
import { cache } from "react";
import { currentActor } from "@/server/current-actor.ts";
import { getDocument } from "@/server/documents/get-document.ts";
import { AppError } from "@/server/errors.ts";
import { getDb } from "@/server/runtime.ts";

/**
 * One document for the page and its metadata, read once per request, with who is reading it.
 * Null when nobody is signed in (the page sends them to sign in); an unknown id is the
 * segment's not-found page.
 */
export const loadDocument = cache(async (id: string) => {
  const actor = await currentActor();
  if (!actor) return null;
  try {
    return { ...(await getDocument(await getDb(), actor, id)), actor };
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
});
