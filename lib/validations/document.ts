import { z } from "zod";
import { isBlank } from "./plain-text.ts";
import { httpUrl, isoDate, optional, plainText, storableText } from "./fields.ts";

/** The largest article body accepted, in bytes of UTF-8; larger requests get a 413. */
export const MAX_BODY_BYTES = 1_000_000;

/** One article to import: shared by the import form, its server action and POST /api/documents. */
export const importDocumentSchema = z.object({
  title: plainText("title").min(1, "Give the article a title.").max(300, "Keep the title under 300 characters."),
  // Only refused, never cleaned: extracted items are offsets into the body as stored.
  body: storableText("article text")
    .refine((v) => !isBlank(v), "Paste the article text or upload a file.")
    .refine((v) => new TextEncoder().encode(v).length <= MAX_BODY_BYTES, "The article is larger than 1 MB."),
  sourceName: optional(plainText("source name").max(200, "Keep the source name under 200 characters.")),
  sourceUrl: optional(httpUrl),
  publishedAt: optional(isoDate),
  language: optional(z.enum(["id", "en"], { message: "Choose Indonesian (id) or English (en), or leave it to detect." })),
});

export type ImportDocumentInput = z.input<typeof importDocumentSchema>;
export type ImportDocument = z.output<typeof importDocumentSchema>;
