import { setVerdict } from "@/server/verdicts/set-verdict.ts";
import { apiRoute } from "../../../_lib/api-route.ts";
import { readJsonBody, SMALL_BODY_LIMIT } from "../../../_lib/read-json-body.ts";
import { json } from "../../../_lib/respond.ts";

// A stale version is a 409 whose error.current is the item as it is now (see lockItem).
export const POST = apiRoute<{ id: string }>(async ({ db, actor, params, request }) =>
  json(await setVerdict(db, actor, params.id, await readJsonBody(request, SMALL_BODY_LIMIT))),
);
