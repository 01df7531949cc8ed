import type { UploadFormat } from "./upload.ts";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * A title to prefill from an uploaded file: an HTML page's <title>, or a Markdown file's first
 * "# " heading. Plain text has no reliable title, so it gives null and the editor types one.
 * Runs in the browser; the server does the same for HTML with a full parser if none was given.
 */
export function guessTitle(content: string, format: UploadFormat): string | null {
  if (format === "html") {
    const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(content);
    return m ? tidy(decodeEntities(m[1]!.replace(/<[^>]*>/g, ""))) : null;
  }
  if (format === "markdown") {
    const m = /^#[ \t]+(.+?)[ \t#]*$/m.exec(content);
    return m ? tidy(m[1]!) : null;
  }
  return null;
}

function tidy(text: string): string | null {
  const t = text.replace(/\s+/g, " ").trim().slice(0, 300);
  return t || null;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
