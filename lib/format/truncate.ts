/**
 * At most `max` characters, cut at a word boundary where one is near, with an ellipsis:
 * for quotes and titles in one-line summaries. Runs of whitespace become one space.
 */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // Past two thirds of the way a word boundary loses little; before that, cut mid-word.
  return `${(space > max * 0.66 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}
