const OPENING = new Set(['"', "“", "„", "«", "‘", "'", "‹", "»"]);
const CLOSING = new Set(['"', "”", "“", "»", "’", "'", "›", "«"]);

/**
 * What an editor's selection makes as a new quote: the span without the whitespace and quote
 * marks at its edges (a direct quote is the words inside the marks, as the extractor stores
 * it), and "direct" when quote marks enclose it, "indirect" otherwise. The editor can change
 * the kind afterwards; this only saves them a step in the common case.
 */
export function quoteFromSelection(body: string, start: number, end: number): { start: number; end: number; kind: "direct" | "indirect" } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  let marked = false;
  if (e - s >= 2 && OPENING.has(body[s]!) && CLOSING.has(body[e - 1]!)) {
    s++;
    e--;
    marked = true;
  }
  const before = body.slice(0, s).trimEnd().at(-1);
  const after = body.slice(e).trimStart()[0];
  const enclosed = marked || (before !== undefined && OPENING.has(before) && after !== undefined && (CLOSING.has(after) || /[,.]/.test(after)));
  return { start: s, end: e, kind: enclosed ? "direct" : "indirect" };
}
