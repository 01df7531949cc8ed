/**
 * Which of an item's words find its seen-before candidates. Trigram similarity alone cannot be
 * served by an index for a sentence-long text: its trigram index reads a posting list per
 * trigram, common ones holding most of the archive, so the planner reads the whole table. A
 * statement said again keeps most of its words, and above all its rare ones (names, places,
 * figures), so the candidates are the items that share at least two of this one's rarest
 * words, found by the full-text index; trigram similarity then decides (lib/items/similar.ts).
 */

/** How many of the rarest words are looked for; a candidate must have two of them. */
export const RAREST_WORDS = 4;

/**
 * The tsquery (as its text) of items sharing at least two of these lexemes' rarest, or all of
 * them when there are only one or two; null for none. `frequency` is the share of items holding
 * a lexeme (from the database's statistics), 0 when unknown: unknown words count as rare, and
 * among equals the longer word is taken, as longer words are the rarer as a rule.
 */
export function seenBeforeQuery(lexemes: readonly string[], frequency: (lexeme: string) => number): string | null {
  const rarest = [...new Set(lexemes)]
    .filter((l) => l.length > 1)
    .map((l) => ({ l, f: frequency(l) }))
    .sort((a, b) => a.f - b.f || b.l.length - a.l.length || (a.l < b.l ? -1 : 1))
    .slice(0, RAREST_WORDS)
    .map(({ l }) => quoteLexeme(l));
  if (!rarest.length) return null;
  if (rarest.length <= 2) return rarest.join(" & ");
  const pairs: string[] = [];
  for (let i = 0; i < rarest.length; i++) for (let j = i + 1; j < rarest.length; j++) pairs.push(`(${rarest[i]} & ${rarest[j]})`);
  return pairs.join(" | ");
}

/** A lexeme as a tsquery operand, taken literally (no parsing, no stemming again). */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}
