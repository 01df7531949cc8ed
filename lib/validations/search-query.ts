import { z } from "zod";
import { isoDate, optional, plainText } from "./fields.ts";
import { STATUSES } from "./items-query.ts";

export const SEARCH_TYPES = ["document", "quote", "claim", "person"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * GET /api/search and the search page. `q` is web-search syntax: words, "quoted phrases",
 * -excluded; the other fields narrow it. Status, speaker, language and dates apply to what has
 * them (quotes and claims; documents for language and dates), so a person matches only without them.
 */
export const searchQuerySchema = z
  .object({
    q: plainText("search").min(1, "Type something to search for.").max(200, "Keep the search under 200 characters."),
    type: optional(z.enum(SEARCH_TYPES, { message: "type must be document, quote, claim or person." })),
    status: optional(z.enum(STATUSES, { message: "status must be pending, verified, disputed or unverifiable." })),
    /** A speaker's id. */
    speaker: optional(z.uuid("speaker must be a person's id.")),
    language: optional(z.enum(["id", "en"], { message: "language must be id or en." })),
    /** The articles' publication dates, inclusive. */
    from: optional(isoDate),
    to: optional(isoDate),
    limit: optional(z.coerce.number().int().min(1).max(50)).default(20),
    cursor: optional(z.string().max(500)),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to.", path: ["to"] });

export type SearchQuery = z.output<typeof searchQuerySchema>;
