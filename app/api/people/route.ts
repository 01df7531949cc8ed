import { listPeople, searchPeople } from "@/server/people/list-people.ts";
import { apiRoute } from "../_lib/api-route.ts";
import { json } from "../_lib/respond.ts";

// GET /api/people: everyone quoted, a page at a time (?limit, ?cursor); with ?q, the few whose
// name or alias holds q (the speaker picker's search). Any signed-in role; the services check it.
export const GET = apiRoute(async ({ db, actor, query }) => json("q" in query ? await searchPeople(db, actor, query) : await listPeople(db, actor, query)));
