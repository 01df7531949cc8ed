import { parseNames, type Context } from "./context.ts";
import { chainAfter } from "./name-chain.ts";
import type { Token } from "./tokens.ts";

/**
 * Records every full name in a sentence, speaker or not, so that a later "Powell" or
 * "Stoltenberg" resolves to the first full mention.
 */
export function learnNames(ctx: Context, toks: Token[], a: number, b: number) {
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (!t.cap) continue;
    const prev = toks[k - 1];
    const atStart = k === a || (prev !== undefined && prev.kind === "p" && prev.text !== "(");
    if (atStart && ctx.pack.sentenceStarters.has(t.lower)) continue;
    const chain = chainAfter(toks, k);
    if (chain.length >= 2) {
      const parsed = parseNames(ctx, chain);
      if (parsed && (parsed.words.length >= 2 || parsed.aliases.length)) {
        const entity = ctx.registry.learn(parsed);
        if (entity.kind === "org") ctx.salience.noteOrg(entity, t.start);
        const org = parsed.organisation;
        if (org) ctx.registry.learn({ name: org.name, kind: "org", words: org.words, titles: [], aliases: [org.alias] });
      }
    }
    k += Math.max(0, chain.length - 1);
  }
}
