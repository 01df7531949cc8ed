import "server-only";
import type { Db } from "@/db/client.ts";
import { importUrlSchema } from "@/lib/validations/url-import.ts";
import { requireRole, type Actor } from "../actor.ts";
import { importDocument, type ImportResult } from "../documents/import-document.ts";
import { validate } from "../validate.ts";
import type { FetchOptions } from "./fetch-page.ts";
import { readUrl } from "./read-url.ts";

/**
 * Imports the article at an address as if its text had been pasted with the page's title,
 * publisher, canonical address and date; what the caller gives overrides the page. The role
 * is checked before anything is fetched: a viewer cannot make the server fetch for them.
 */
export async function importFromUrl(db: Db, actor: Actor | null, input: unknown, options?: FetchOptions): Promise<ImportResult> {
  requireRole(actor, "editor", "import documents");
  const given = validate(importUrlSchema, input);
  const page = await readUrl(given.url, options);
  return importDocument(db, actor, {
    title: given.title ?? page.title,
    body: page.body,
    sourceName: given.sourceName ?? page.sourceName,
    sourceUrl: given.sourceUrl ?? page.sourceUrl,
    publishedAt: given.publishedAt ?? page.publishedAt,
    language: given.language ?? page.language,
  });
}
