import type { Context } from "./context.ts";
import type { CueType } from "./cues.ts";
import type { Token } from "./tokens.ts";

export interface CueHit {
  types: Set<CueType>;
  /** Tokens the cue spans: 2 for "according to". */
  length: number;
}

const NONE: CueHit = { types: new Set(), length: 0 };

/** The cue that starts at token i, if any. */
export function cueAt(ctx: Context, toks: Token[], i: number): CueHit {
  const t = toks[i];
  if (!t || t.kind !== "w") return NONE;
  // A capital mid-sentence makes a name: "United States" has no verb "states".
  if (t.cap && i > 0 && toks[i - 1]!.kind !== "p" && !ctx.titleCase) return NONE;
  // One look-up for both kinds of cue; the hits are shared and never changed by their readers.
  const entry = ctx.cues.entries.get(t.lower);
  if (!entry) return NONE;
  if (entry.pair && toks[i + 1]?.lower === entry.pair.second) return entry.pair.hit;
  return entry.single ?? NONE;
}

export function isCue(ctx: Context, toks: Token[], i: number, ...wanted: CueType[]): boolean {
  const hit = cueAt(ctx, toks, i);
  if (hit.length === 0) return false;
  for (const w of wanted) if (hit.types.has(w)) return true;
  return false;
}

export function cueText(ctx: Context, toks: Token[], i: number, length: number): string {
  return ctx.body.slice(toks[i]!.start, toks[i + length - 1]!.end);
}
