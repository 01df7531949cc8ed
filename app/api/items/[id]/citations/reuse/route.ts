import { reuseCitations } from "@/server/citations/reuse-citations.ts";
import { apiRoute } from "../../../../_lib/api-route.ts";
import { readJsonBody, SMALL_BODY_LIMIT } from "../../../../_lib/read-json-body.ts";
import { json } from "../../../../_lib/respond.ts";

/** POST /api/items/:id/citations/reuse { fromItemId }: copies that item's sources here → 201 { citations }. */
export const POST = apiRoute<{ id: string }>(async ({ db, actor, params, request }) =>
  json(await reuseCitations(db, actor, params.id, await readJsonBody(request, SMALL_BODY_LIMIT)), 201),
);
