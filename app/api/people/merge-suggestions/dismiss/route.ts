import { dismissMergeSuggestion } from "@/server/people/merge-suggestions.ts";
import { apiRoute } from "../../../_lib/api-route.ts";
import { readJsonBody, SMALL_BODY_LIMIT } from "../../../_lib/read-json-body.ts";

/** POST /api/people/merge-suggestions/dismiss { personId, otherId } (editors): "not the same person" → 204. */
export const POST = apiRoute(async ({ db, actor, request }) => {
  await dismissMergeSuggestion(db, actor, await readJsonBody(request, SMALL_BODY_LIMIT));
  return new Response(null, { status: 204 });
});
