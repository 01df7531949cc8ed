import type { Document } from "../../db/schema.ts";

export interface DocumentView {
  id: string;
  title: string;
  sourceName: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  language: "id" | "en";
  extractor: string;
  createdAt: string;
}

export function toDocumentView(d: Document): DocumentView {
  return {
    id: d.id,
    title: d.title,
    sourceName: d.sourceName,
    sourceUrl: d.sourceUrl,
    publishedAt: d.publishedAt,
    language: d.language,
    extractor: d.extractor,
    createdAt: d.createdAt.toISOString(),
  };
}
