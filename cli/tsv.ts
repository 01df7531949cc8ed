/**
 * One row of a listing (`user list`, `token list`): tab-separated, so `cut -f` and `awk -F'\t'`
 * take it apart even where a name has spaces. A missing value is "-"; tabs and line breaks
 * inside a value become spaces, so a row stays one line.
 */
export function tsvLine(fields: (string | null)[]): string {
  return `${fields.map((f) => (f ? f.replace(/[\t\r\n]+/g, " ") : "-")).join("\t")}\n`;
}

/** A timestamp to the minute, in UTC: "2026-12-02T06:40Z"; null stays null (shown as "-"). */
export const toMinute = (iso: string | null) => (iso ? `${iso.slice(0, 16)}Z` : null);
