import { htmlTitle, htmlToText } from "./html-to-text.ts";

/** How the body field arrives from the import form: pasted or plain text, or an HTML page as is. */
export const BODY_FORMATS = ["text", "html"] as const;
export type BodyFormat = (typeof BODY_FORMATS)[number];

const FIELDS = ["title", "body", "sourceName", "sourceUrl", "publishedAt", "language"] as const;

/**
 * The import form's fields as the service's input. An HTML upload is reduced to its text here,
 * on the server, and lends the page's <title> when the editor left the title empty.
 * Validation is left to the shared schema, inside the service.
 */
export function importInputFromForm(form: { get(name: string): unknown }): Record<(typeof FIELDS)[number], string> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, text(form.get(f))])) as Record<(typeof FIELDS)[number], string>;
  if (text(form.get("bodyFormat")) === "html") {
    const html = values.body;
    values.body = htmlToText(html);
    if (!values.title.trim()) values.title = htmlTitle(html) ?? "";
  }
  return values;
}

/** A form value as text: absent fields and file parts read as "". */
function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}
