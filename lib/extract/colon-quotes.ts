import { chainMention } from "./attribute.ts";
import type { Context, Paragraph } from "./context.ts";
import type { FoundQuote, QuotePass, Reading } from "./reading.ts";
import { ORG_HEADS } from "./lexicon.ts";
import { FIRST_NAMES, SURNAMES } from "./lexicons/index.ts";
import { chainAfter } from "./name-chain.ts";
import type { Entity } from "./registry.ts";

/** The longest name that may open a colon attribution: "Dr. Ben Carson", "Wash Post Fact-Check". */
const MAX_NAME = 5;

/**
 * `Graham: Trump's rhetoric is destroying the party.` · `Jokowi: Vaksin gratis untuk semua.` A
 * paragraph that opens with a name and a colon reports what follows, as headlines and
 * transcripts do. Content that is one quotation is left to the direct pass (`Bao: "…"`). It reads
 * the paragraph's first sentence only, and its content runs to the paragraph's end.
 */
export const colonQuotes: QuotePass = (ctx: Context, { para, a }: Reading): FoundQuote[] => {
  const found = a === 0 ? colonQuote(ctx, para) : null;
  return found ? [found] : [];
};

/**
 * "The Latest:", "Update:", "Editor's Note:" label a line; "Graham:", "Dr. Ben Carson:", "NY Post:" name
 * who speaks. A name word is a known name or no common word; an organisation shows its kind.
 */
function namesSomeone(ctx: Context, entity: Entity): boolean {
  if (entity.kind === "org") return entity.words.some((w) => ORG_HEADS.has(w)) || entity.name.split(/\s+/).some((w) => /^[\p{Lu}\d&.-]{2,}$/u.test(w));
  return entity.words.every((w) => FIRST_NAMES.has(w) || SURNAMES.has(w) || !ctx.pack.commonWords.has(w));
}

function colonQuote(ctx: Context, para: Paragraph): FoundQuote | null {
  const toks = para.tokens;
  if (!toks[0]?.cap) return null;
  const chain = chainAfter(toks, 0);
  const colon = chain.length;
  if (!chain.length || chain.length > MAX_NAME || toks[colon]?.text !== ":" || colon + 3 >= toks.length) return null;
  const first = toks[colon + 1]!;
  if (first.kind === "p" && para.inQuote[colon + 2] !== -1) return null;
  const mention = chainMention(ctx, chain);
  if (!mention?.entity || !namesSomeone(ctx, mention.entity)) return null;
  let last = toks.length - 1;
  while (last > colon && toks[last]!.kind === "p" && /^[.,;:]$/.test(toks[last]!.text)) last--;
  const start = first.start;
  const end = toks[last]!.end;
  ctx.salience.spoke(mention.entity, start);
  return {
    entity: mention.entity,
    quote: { kind: "indirect", text: ctx.body.slice(start, end), start, end, speaker: mention.entity.name, speakerMention: mention.text, cue: ":", confidence: 0.7 },
  };
}
