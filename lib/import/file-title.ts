import { htmlTitle } from "./html-to-text.ts";
import type { UploadFormat } from "./upload.ts";

const MAX_TITLE = 300; // importDocumentSchema's limit

/**
 * The title for an imported file: an HTML page's <title>, else the first line with text
 * (a Markdown heading's #s dropped), shortened at a word to fit the title field.
 */
export function fileTitle(raw: string, text: string, format: UploadFormat): string {
  const fromHtml = format === "html" ? htmlTitle(raw) : null;
  const line = fromHtml ?? text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  const title = (format === "markdown" ? line.replace(/^#+\s*/, "") : line).replace(/\s+/g, " ");
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length).trimEnd()}…`;
}
