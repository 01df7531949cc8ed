import type { Context, Mention, Paragraph } from "./context.ts";
import type { Entity } from "./registry.ts";
import type { ExtractedQuote } from "./types.ts";

/** A quote with the entity behind its speaker; names are filled in once the article is read. */
export interface FoundQuote {
  quote: ExtractedQuote;
  entity: Entity;
  /** Quoted words inside a reported clause (`X said he was "…" and …`): the clause is the item, if one is read. */
  embedded?: boolean;
}

/** Who a direct quote was given to, and by which cue. */
export interface Attribution {
  mention: Mention;
  cue: string | null;
  confidence: number;
  /** Token index of the cue, so the indirect pass does not read it again. */
  cueToken: number;
  /** The quote is part of the clause the cue reports, not the whole of it. */
  embedded?: boolean;
}

/** What the previous direct quote left behind, for uncued continuation paragraphs. */
export interface QuoteFlow {
  last: { entity: Entity; mention: string; paragraph: number } | null;
  /** A quote that ran on past its paragraph's end unattributed: its cue comes in the next paragraph. */
  runOn: { start: number; end: number; paragraph: number } | null;
  /** A paragraph that ended in `X continued:`: the quote paragraph after it is X's. */
  introduced: { attribution: Attribution; paragraph: number } | null;
}

/** One sentence as every quote pass reads it, with what the passes before it left behind. */
export interface Reading {
  para: Paragraph;
  /** The paragraph's place in the article. */
  index: number;
  /** The sentence, as token indices [a, b) into `para.tokens`. */
  a: number;
  b: number;
  /** Cue tokens a pass has used, so a later pass does not read them again. */
  consumed: Set<number>;
  /** The paragraph's last attributed direct quote: an uncued quote after it may go on from it. */
  previous: Attribution | null;
  /** Across paragraphs: the last speaker and a quote left running on. */
  flow: QuoteFlow;
}

/** A quote pass: the quotes it finds in one sentence. */
export type QuotePass = (ctx: Context, reading: Reading) => FoundQuote[];
