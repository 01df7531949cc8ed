import { z } from "zod";

/** Two speakers an editor has looked at: "not the same person" (POST /api/people/merge-suggestions/dismiss). */
export const personPairSchema = z
  .object({ personId: z.uuid("personId must be a person's id."), otherId: z.uuid("otherId must be a person's id.") })
  .refine((p) => p.personId !== p.otherId, { message: "Pick two different people.", path: ["otherId"] });
