import { z } from "zod";
import { httpUrl, isoDate, optional } from "./fields.ts";

/** The largest article body accepted, in bytes of UTF-8; larger requests get a 413. */
export const MAX_BODY_BYTES = 1_000_000;

/** One article to import: shared by the import form, its server action and POST /api/documents. */
export const importDocumentSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(300, "Keep the title under 300 characters."),
  body: z
    .string()
    .refine((v) => v.trim().length > 0, "Paste the article text or upload a file.")
    .refine((v) => new TextEncoder().encode(v).length <= MAX_BODY_BYTES, "The article is larger than 1 MB."),
  sourceName: optional(z.string().trim().max(200, "Keep the source name under 200 characters.")),
  sourceUrl: optional(httpUrl),
  publishedAt: optional(isoDate),
  language: optional(z.enum(["id", "en"], { message: "Choose Indonesian (id) or English (en), or leave it to detect." })),
});

export type ImportDocumentInput = z.input<typeof importDocumentSchema>;
export type ImportDocument = z.output<typeof importDocumentSchema>;
