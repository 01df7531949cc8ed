import { z } from "zod";
import { importDocumentSchema } from "./document.ts";
import { optional, plainText, storableText } from "./fields.ts";

/** Articles in one bulk import: a day's coverage, not an archive (the CLI takes those). */
export const MAX_BATCH_ENTRIES = 1_000;

const fields = importDocumentSchema.shape;
const shared = {
  label: optional(plainText("batch name").max(200, "Keep the batch name under 200 characters.")),
  sourceName: fields.sourceName,
  publishedAt: fields.publishedAt,
  language: fields.language,
};
const tooMany = `Import at most ${MAX_BATCH_ENTRIES.toLocaleString("en-GB")} articles at once.`;

/**
 * Many articles at once, each to become a job: files as read in the browser (a .zip already
 * unpacked), or a list of addresses. Each article is checked when its job runs, so one bad
 * file fails alone with its reason; here only the shape of the batch is.
 */
export const bulkImportSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("files"),
    files: z
      .array(
        z.object({
          name: plainText("file name").min(1, "Every file needs its name.").max(300, "Keep file names under 300 characters."),
          format: z.enum(["text", "markdown", "html"]).default("text"),
          body: storableText("file"),
        }),
      )
      .min(1, "Choose at least one file.")
      .max(MAX_BATCH_ENTRIES, tooMany),
    ...shared,
  }),
  z.object({
    kind: z.literal("urls"),
    urls: z.array(z.string().max(2000, "Keep each address under 2,000 characters.")).min(1, "Give at least one address.").max(MAX_BATCH_ENTRIES, tooMany),
    ...shared,
  }),
]);

export type BulkImportInput = z.input<typeof bulkImportSchema>;
