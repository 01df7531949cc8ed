import { getItem } from "../../../../server/items/get-item.ts";
import { apiRoute } from "../../_lib/api-route.ts";
import { json } from "../../_lib/respond.ts";

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => json(await getItem(db, actor, params.id)));
