import "server-only";
import type { Document } from "@/db/schema.ts";
import type { DocumentView } from "@/lib/views/document-view.ts";

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
