import { similarItems } from "@/server/items/similar-items.ts";
import { apiRoute } from "../../../_lib/api-route.ts";
import { json } from "../../../_lib/respond.ts";

/** GET /api/items/:id/similar: earlier items of other documents that say the same thing, best first. */
export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => json({ similar: await similarItems(db, actor, params.id) }));
