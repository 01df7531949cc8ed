import { speakerAfter, speakerBefore } from "./attribute.ts";
import type { Context, Paragraph } from "./context.ts";
import { cueAt, cueText } from "./cue-at.ts";
import type { Attribution } from "./reading.ts";

/** How far back from its colon an introduction's cue may stand: `Cruz continued:`, `X, a delegate from Houston, echoed:`. */
const INTRODUCTION_REACH = 25;

/**
 * A paragraph that introduces the next one as a quote: `Cruz continued:` · `Reporter Jomana
 * Karadsheh says:` · `Ketua KPU Arief Budiman menjelaskan:`. The paragraph ends at its colon, and
 * a cue before the colon names who speaks; null when the colon closes anything else (`Wait, it gets better:`).
 */
export function blockIntroduction(ctx: Context, para: Paragraph): Attribution | null {
  const toks = para.tokens;
  const colon = toks.length - 1;
  if (colon < 1 || toks[colon]!.text !== ":" || para.inQuote[colon] !== -1) return null;
  const sentence = para.sentences[para.sentences.length - 1];
  const from = Math.max(sentence?.[0] ?? 0, colon - INTRODUCTION_REACH);
  for (let c = colon - 1; c >= from; c--) {
    if (para.inQuote[c] !== -1) return null; // `… called it "a disgrace":` is no introduction
    const hit = cueAt(ctx, toks, c);
    if (!hit.types.has("before") && !hit.types.has("after")) continue;
    // `Said Dorothy Poynter:` · `Reporter X says:` · `X, who …, echoed:`
    const mention = (hit.types.has("after") && c + hit.length < colon ? speakerAfter(ctx, toks, c + hit.length - 1, colon) : null) ?? speakerBefore(ctx, toks, c, from);
    if (!mention?.entity) return null;
    return { mention, cue: cueText(ctx, toks, c, hit.length), confidence: 0.8, cueToken: c };
  }
  return null;
}
