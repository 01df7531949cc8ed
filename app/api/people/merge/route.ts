import { personMergeSchema } from "@/lib/validations/person-merge.ts";
import { requireRole } from "@/server/actor.ts";
import { mergePeople } from "@/server/people/merge-people.ts";
import { validate } from "@/server/validate.ts";
import { apiRoute } from "../../_lib/api-route.ts";
import { readJsonBody, SMALL_BODY_LIMIT } from "../../_lib/read-json-body.ts";
import { json } from "../../_lib/respond.ts";

/** POST /api/people/merge { keepId, mergeId } (editors): → 200 { person, itemsMoved }. */
export const POST = apiRoute(async ({ db, actor, request }) => {
  requireRole(actor, "editor", "merge speakers");
  return json(await mergePeople(db, actor, validate(personMergeSchema, await readJsonBody(request, SMALL_BODY_LIMIT))));
});
