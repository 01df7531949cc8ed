import { search } from "@/server/search/search.ts";
import { apiRoute } from "../_lib/api-route.ts";
import { json } from "../_lib/respond.ts";

/** GET /api/search?q&type&status&speaker&language&from&to&limit&cursor: ranked hits across the archive. */
export const GET = apiRoute(async ({ db, actor, query }) => json(await search(db, actor, query)));
