import { z } from "zod";
import { optional, plainText } from "./fields.ts";

/** An editor's correction of an extracted item (PATCH /api/items/:id), against the version seen. */
export const itemCorrectionSchema = z
  .object({
    version: z.coerce.number().int().min(1, "The item's version is missing; reload the page."),
    /** A name: reuses the person of that name or adds one. */
    speaker: optional(plainText("speaker").min(1).max(200)),
    speakerId: optional(z.uuid("Pick a speaker from the list.")),
    kind: optional(z.enum(["direct", "indirect"])),
    start: optional(z.coerce.number().int().min(0)),
    end: optional(z.coerce.number().int().min(1)),
    removed: optional(z.boolean()),
  })
  .refine((v) => (v.start === undefined) === (v.end === undefined), { message: "Give both start and end of the span.", path: ["end"] })
  .refine((v) => v.start === undefined || v.end! > v.start, { message: "The span must end after it starts.", path: ["end"] })
  .refine((v) => !(v.speaker && v.speakerId), { message: "Give a speaker name or a speaker id, not both.", path: ["speaker"] });

/** A missed quote or claim, marked by selecting text in the article. */
export const newItemSchema = z
  .object({
    type: z.enum(["quote", "claim"]),
    kind: optional(z.enum(["direct", "indirect"])),
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().min(1),
    speaker: optional(plainText("speaker").min(1).max(200)),
  })
  .refine((v) => v.end > v.start, { message: "The span must end after it starts.", path: ["end"] })
  .refine((v) => (v.type === "quote") === (v.kind !== undefined), { message: "A quote needs a kind; a claim has none.", path: ["kind"] });
