import { extract } from "../index.ts";
import type { Lang } from "../types.ts";

/** The parts of each quote a test usually asserts, in reading order. */
export function quotesOf(body: string, lang?: Lang) {
  return extract(body, lang ? { lang } : {}).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker }));
}

export function speakersOf(body: string, lang?: Lang) {
  return quotesOf(body, lang).map((q) => q.speaker);
}
