import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { documents } from "@/db/schema.ts";
import { detectLanguage, extract } from "@/lib/extract/index.ts";
import { contentHash } from "@/lib/import/content-hash.ts";
import { normaliseBody } from "@/lib/import/normalise-body.ts";
import type { PageArticle } from "@/lib/intake/read-article.ts";
import { previewUrlSchema } from "@/lib/validations/url-import.ts";
import { requireRole, type Actor } from "../actor.ts";
import { validate } from "../validate.ts";
import type { FetchOptions } from "./fetch-page.ts";
import { readUrl } from "./read-url.ts";

export interface UrlPreview {
  article: PageArticle & { language: "id" | "en" };
  /** The story's opening, as the editor checks that Attest kept the right text. */
  paragraphs: string[];
  counts: { quotes: number; claims: number };
  /** The same words are already a document: importing opens it. */
  duplicateOf: { id: string; title: string } | null;
}

const OPENING_PARAGRAPHS = 3;

/** What importing an address would store, fetched and extracted but not written. */
export async function previewUrl(db: Db, actor: Actor | null, input: unknown, options?: FetchOptions): Promise<UrlPreview> {
  requireRole(actor, "editor", "import documents");
  const { url } = validate(previewUrlSchema, input);
  const article = await readUrl(url, options);
  const body = normaliseBody(article.body);
  const language = article.language ?? detectLanguage(body);
  const result = extract(body, { lang: language });
  const [same] = await db
    .select({ id: documents.id, title: documents.title })
    .from(documents)
    .where(eq(documents.contentHash, contentHash(body)))
    .limit(1);
  return {
    article: { ...article, body, language },
    paragraphs: body.split("\n").filter((p) => p.trim()).slice(0, OPENING_PARAGRAPHS),
    counts: { quotes: result.quotes.length, claims: result.claims.length },
    duplicateOf: same ?? null,
  };
}
