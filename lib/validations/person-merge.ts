import { z } from "zod";

/** Merging one speaker into another (POST /api/people/merge, the suggestions' Merge button). */
export const personMergeSchema = z.object({
  keepId: z.uuid("keepId must be a person's id."),
  mergeId: z.uuid("mergeId must be a person's id."),
});
