import { z } from "zod";
import { isoDate, optional, plainText } from "./fields.ts";

export const EXPORT_FORMATS = ["csv", "json", "md", "html"] as const;
/** What the Export menus offer; the API also takes `pending`. */
export const EXPORT_STATUSES = ["verified", "disputed", "unverifiable", "all"] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** GET /api/export/quotes and the Export menus: which quotes, in which format. */
export const quoteExportSchema = z
  .object({
    format: optional(z.enum(EXPORT_FORMATS, { message: "format must be csv, json, md or html." })).default("json"),
    status: optional(z.enum(["pending", "verified", "disputed", "unverifiable", "all"], { message: "status must be pending, verified, disputed, unverifiable or all." })).default("verified"),
    documentId: optional(z.uuid("documentId must be a document id.")),
    /** A speaker's id or name. */
    speaker: optional(plainText("speaker").max(200)),
    /** The articles' publication dates, inclusive. */
    from: optional(isoDate),
    to: optional(isoDate),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to.", path: ["to"] });

/** GET /api/export/claimreview?documentId: the reviewed claims of one article, or of all. */
export const claimReviewExportSchema = z.object({
  documentId: optional(z.uuid("documentId must be a document id.")),
});

export type QuoteExportQuery = z.output<typeof quoteExportSchema>;
