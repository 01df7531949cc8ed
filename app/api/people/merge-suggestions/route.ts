import { listMergeSuggestions } from "@/server/people/merge-suggestions.ts";
import { apiRoute } from "../../_lib/api-route.ts";
import { json } from "../../_lib/respond.ts";

/** GET /api/people/merge-suggestions (editors): speakers who are probably one person, likeliest first. */
export const GET = apiRoute(async ({ db, actor }) => json({ suggestions: await listMergeSuggestions(db, actor, 50) }));
