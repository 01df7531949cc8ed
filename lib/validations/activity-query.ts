import { z } from "zod";
import { optional } from "./fields.ts";

/** The activity page's address: `?before=<event id>` pages back through the audit log. */
export const activityQuerySchema = z.object({
  before: optional(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)),
});
