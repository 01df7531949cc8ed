import "server-only";
import type { Citation } from "@/db/schema.ts";

export interface CitationView {
  id: string;
  itemId: string;
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  stance: Citation["stance"];
  accessedAt: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toCitationView(c: Citation): CitationView {
  return {
    id: c.id,
    itemId: c.itemId,
    url: c.url,
    title: c.title,
    publisher: c.publisher,
    excerpt: c.excerpt,
    stance: c.stance,
    accessedAt: c.accessedAt,
    createdBy: c.createdBy,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
