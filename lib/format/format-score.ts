/** A 0..1 score with two decimals ("0.82"), or an en dash when the item has none. */
export function formatScore(score: number | null | undefined): string {
  return typeof score === "number" && Number.isFinite(score) ? score.toFixed(2) : "–";
}
