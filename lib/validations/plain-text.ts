// What typed text loses before it is stored. Bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) can make a title or a name read differently from what it
// holds ("Trojan Source"); C0 and C1 control characters print as nothing or as garbage. The
// left-to-right and right-to-left marks (U+200E, U+200F) stay: Arabic or Hebrew names need them.

const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
/** Line breaks and tabs, C0 and C1 (NEL, U+0085), with the Unicode line and paragraph separators. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** C0 and C1 control characters (Cc, with DEL); NUL among them never gets here: storableText refuses it. */
const CONTROLS = /\p{Cc}/gu;
const CONTROLS_BUT_TAB_AND_NEWLINE = /(?![\t\n])\p{Cc}/gu;
/** Zero-width space, joiners, word joiner and BOM: kept inside text (joiners shape scripts and emoji), but alone they are nothing. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Whether text holds nothing a reader would see: only white space and zero-width characters. */
export const isBlank = (v: string): boolean => v.replace(ZERO_WIDTH, "").trim() === "";

/** One line: breaks become a space, bidi controls and other control characters go, blank becomes "". */
export function toPlainLine(v: string): string {
  const line = v.replace(BREAKS, " ").replace(CONTROLS, "").replace(BIDI, "");
  return isBlank(line) ? "" : line;
}

/** Several lines: as toPlainLine, but \n and \t stay (CR LF and a lone CR become \n). */
export function toPlainLines(v: string): string {
  const lines = v.replace(/\r\n?|[\u0085\u2028\u2029]/g, "\n").replace(CONTROLS_BUT_TAB_AND_NEWLINE, "").replace(BIDI, "");
  return isBlank(lines) ? "" : lines;
}
