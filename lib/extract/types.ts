/** The extraction contract of DESIGN.md: the shape every caller (CLI, server, tests) relies on. */
export type Lang = "id" | "en";

export type QuoteKind = "direct" | "indirect";

export interface ExtractedQuote {
  kind: QuoteKind;
  text: string;
  start: number;
  end: number;
  /** Canonical full name or organisation ("Jens Stoltenberg"). */
  speaker: string | null;
  /** The speaker as written at the cue ("Stoltenberg", "Dia"). */
  speakerMention: string | null;
  /** The reporting word as written ("kata", "mengatakan", "said", "according to"). */
  cue: string | null;
  confidence: number;
}

export interface ExtractedClaim {
  text: string;
  start: number;
  end: number;
  /** Check-worthiness, 0..1. */
  score: number;
  /** Why it was picked: "number", "date", "casualty", "superlative" … */
  signals: string[];
}

export interface ExtractResult {
  extractor: string;
  lang: Lang;
  quotes: ExtractedQuote[];
  claims: ExtractedClaim[];
}

export interface ExtractOptions {
  lang?: Lang;
}
