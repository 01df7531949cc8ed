import { groupBySpeaker, otherAppearances, type QuoteRecord } from "./quote-record.ts";

const COLUMNS: [string, (r: QuoteRecord) => string | null][] = [
  ["speaker", (r) => r.speaker],
  ["speaker_title", (r) => r.speakerTitle],
  ["quote", (r) => r.quote],
  ["kind", (r) => r.kind],
  ["cue", (r) => r.cue],
  ["document_title", (r) => r.documentTitle],
  ["source_name", (r) => r.sourceName],
  ["source_url", (r) => r.sourceUrl],
  ["published_at", (r) => r.publishedAt],
  ["citations", (r) => r.citations.map((c) => `${c.title} <${c.url}>`).join("; ")],
  ["verdict", (r) => r.verdict],
  ["reviewer", (r) => r.reviewer],
  ["reviewed_at", (r) => r.reviewedAt],
  ["item_url", (r) => r.itemUrl],
  ["appearances", (r) => String(Math.max(1, r.appearances.length))],
  ["also_reported_in", (r) => otherAppearances(r)],
];

/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheets read Indonesian text right, CRLF
 * line ends, every field quoted. A value a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) is prefixed with an apostrophe.
 */
export function toCsv(records: QuoteRecord[]): string {
  const rows = [COLUMNS.map(([name]) => name)];
  for (const group of groupBySpeaker(records)) for (const r of group.quotes) rows.push(COLUMNS.map(([, get]) => get(r) ?? ""));
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
