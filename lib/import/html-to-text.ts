import { convert } from "html-to-text";

/**
 * Reduces an HTML page to its article text, one paragraph a line. Scripts, styles, images
 * and navigation are dropped; links keep their words but not their addresses.
 */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "noscript", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "header", format: "skip" },
      { selector: "footer", format: "skip" },
      { selector: "aside", format: "skip" },
      { selector: "form", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
      { selector: "p", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    ],
  });
}

/** The page's <title>, when an uploaded HTML file brings one. */
export function htmlTitle(html: string): string | null {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return m ? convert(m[1]!, { wordwrap: false }).trim() || null : null;
}
