import { addCitation } from "@/server/citations/add-citation.ts";
import { apiRoute } from "../../../_lib/api-route.ts";
import { readJsonBody, SMALL_BODY_LIMIT } from "../../../_lib/read-json-body.ts";
import { json } from "../../../_lib/respond.ts";

export const POST = apiRoute<{ id: string }>(async ({ db, actor, params, request }) =>
  json(await addCitation(db, actor, params.id, await readJsonBody(request, SMALL_BODY_LIMIT)), 201),
);
