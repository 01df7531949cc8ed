export interface Span {
  start: number;
  end: number;
}

/**
 * Two spans are the same item when they share at least half of the longer one: the rule
 * test/fixtures/eval/score.mjs scores the extractor by, so "the same item" means the same
 * thing when scoring a version and when moving stored items onto it.
 */
export const SAME_ITEM_OVERLAP = 0.5;

/** Characters in common, as a share of the longer span (0..1). */
export function overlapRatio(a: Span, b: Span): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return longer > 0 ? shared / longer : 0;
}

/** Any character in common. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
