import "server-only";
import { PageTooDeepError, readArticle, readPlainText, type PageArticle } from "@/lib/intake/read-article.ts";
import { UrlRefusedError } from "../errors.ts";
import { fetchPage, type FetchOptions } from "./fetch-page.ts";

/** An article's page fetched safely and read down to its story and metadata; refused when it has none. */
export async function readUrl(address: string, options?: FetchOptions): Promise<PageArticle> {
  const page = await fetchPage(address, options);
  const plain = page.contentType.toLowerCase().startsWith("text/plain");
  let article: PageArticle | null;
  try {
    article = plain ? readPlainText(page.text, page.url) : readArticle(page.text, page.url);
  } catch (err) {
    if (err instanceof PageTooDeepError) throw new UrlRefusedError(`${err.message} Paste the article's text instead.`);
    throw err;
  }
  if (!article) {
    throw new UrlRefusedError("Attest found no article on that page (it may be a front page, a list or behind a log-in). Open the story itself, or paste its text.");
  }
  return { ...article, title: clip(article.title, 300), sourceName: clip(article.sourceName, 200) };
}

/** Page titles and site names can run long; the form's limits apply to what is stored. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}
