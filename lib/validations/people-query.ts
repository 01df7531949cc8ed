import { z } from "zod";
import { optional, plainText } from "./fields.ts";

/** Most people one search answers with: a picker shows a handful, never the archive. */
export const PEOPLE_SEARCH_MAX = 20;

/**
 * GET /api/people?q=…&limit=…: people whose name or an alias holds `q`. Shared by the speaker
 * picker (which sends nothing the server would refuse) and the route.
 */
export const peopleSearchSchema = z.object({
  q: plainText("search").min(1, "Type part of a name.").max(200, "Keep the search under 200 characters."),
  limit: optional(z.coerce.number().int().min(1).max(PEOPLE_SEARCH_MAX)).default(8),
});

export type PeopleSearch = z.output<typeof peopleSearchSchema>;
