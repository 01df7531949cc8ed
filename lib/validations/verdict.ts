import { z } from "zod";
import { optional, plainLines } from "./fields.ts";

export const VERDICT_STATUSES = ["pending", "verified", "disputed", "unverifiable"] as const;

/** A verdict on an item, saved against the version the reviewer saw. */
export const verdictSchema = z.object({
  status: z.enum(VERDICT_STATUSES, { message: "Choose verified, disputed, unverifiable or pending." }),
  note: optional(plainLines("note").max(2000, "Keep the note under 2,000 characters.")),
  version: z.coerce.number().int().min(1, "The item's version is missing; reload the page."),
});

export type VerdictInput = z.input<typeof verdictSchema>;
