/** A labelled pair of statements (test/fixtures/similar-pairs.json). */
export interface LabelledPair {
  a: string;
  b: string;
  lang: "id" | "en";
  kind: "repeat" | "paraphrase" | "near-miss" | "unrelated";
  /** The same statement (a repeat or a paraphrase), as opposed to a different one. */
  same: boolean;
}

export interface ThresholdScore {
  threshold: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Precision and recall of "score ≥ threshold means the same statement", at each threshold. */
export function scoreThresholds(pairs: readonly (LabelledPair & { score: number })[], thresholds: readonly number[]): ThresholdScore[] {
  return thresholds.map((threshold) => {
    const tp = pairs.filter((p) => p.same && p.score >= threshold).length;
    const fp = pairs.filter((p) => !p.same && p.score >= threshold).length;
    const fn = pairs.filter((p) => p.same && p.score < threshold).length;
    return { threshold, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, tp, fp, fn };
  });
}
