import { z } from "zod";
import { optional, plainText } from "./fields.ts";

export const ITEM_TYPES = ["quote", "claim"] as const;
export const QUOTE_KINDS = ["direct", "indirect"] as const;
export const STATUSES = ["pending", "verified", "disputed", "unverifiable"] as const;

/** Filters for GET /api/items and the document page's item list. */
export const itemsQuerySchema = z.object({
  documentId: optional(z.uuid("documentId must be a document id.")),
  type: optional(z.enum(ITEM_TYPES)),
  kind: optional(z.enum(QUOTE_KINDS)),
  status: optional(z.enum(STATUSES)),
  /** A speaker's id or (part of) their name. */
  speaker: optional(plainText("speaker").max(200)),
  q: optional(plainText("search").max(200)),
  limit: optional(z.coerce.number().int().min(1).max(200)).default(50),
  cursor: optional(z.string().max(500)),
});

export type ItemsQuery = z.output<typeof itemsQuerySchema>;

export const pageQuerySchema = z.object({
  limit: optional(z.coerce.number().int().min(1).max(100)).default(20),
  cursor: optional(z.string().max(500)),
});
