import { correctItem } from "@/server/items/correct-item.ts";
import { getItem } from "@/server/items/get-item.ts";
import { apiRoute } from "../../_lib/api-route.ts";
import { readJsonBody, SMALL_BODY_LIMIT } from "../../_lib/read-json-body.ts";
import { json } from "../../_lib/respond.ts";

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => json(await getItem(db, actor, params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ db, actor, params, request }) =>
  json(await correctItem(db, actor, params.id, await readJsonBody(request, SMALL_BODY_LIMIT))),
);
