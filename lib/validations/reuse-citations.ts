import { z } from "zod";

/** POST /api/items/:id/citations/reuse and the seen-before list's button: whose sources to copy. */
export const reuseCitationsSchema = z.object({ fromItemId: z.uuid("fromItemId must be an item id.") });
