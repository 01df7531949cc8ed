import { z } from "zod";
import { importDocumentSchema } from "./document.ts";
import { httpUrl, optional } from "./fields.ts";

const fields = importDocumentSchema.shape;

/** An article's address to fetch and show before importing: the import page's "From a link". */
export const previewUrlSchema = z.object({ url: httpUrl });

/**
 * An article to import from its address: POST /api/documents `{ url }` and `attest import URL`.
 * The page gives the title, source, date and language; any given here wins over the page's.
 */
export const importUrlSchema = previewUrlSchema.extend({
  title: optional(fields.title),
  sourceName: fields.sourceName,
  sourceUrl: fields.sourceUrl,
  publishedAt: fields.publishedAt,
  language: fields.language,
});

export type ImportUrlInput = z.input<typeof importUrlSchema>;
