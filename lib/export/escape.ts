const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML element content and attribute values: article text is never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Text for one line of Markdown, escaping only what Markdown would read as markup, so
 * "Kompas.com" and "Jakarta (Reuters)" stay as they are. Anywhere: code, emphasis, link
 * brackets, HTML and autolinks, strikethrough, entities. At the start (the text follows "> " or
 * "## ", where a block could begin): headings, list markers, numbered lists, thematic breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\n+/g, " ")
    .replace(/[\\`*_[\]<>~]|&(?=#?\w+;)/g, (c) => `\\${c}`)
    .replace(/^(\s*)(#|[-+=](?=\s|$))/, "$1\\$2")
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

/** A link target that is safe to print: http(s) only, anything else becomes null. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}
