import { listItems } from "@/server/items/list-items.ts";
import { apiRoute } from "../_lib/api-route.ts";
import { json } from "../_lib/respond.ts";

export const GET = apiRoute(async ({ db, actor, query }) => json(await listItems(db, actor, query)));
