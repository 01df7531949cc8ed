import { en } from "./lang/en.ts";
import { id } from "./lang/id.ts";
import type { Lang } from "./types.ts";

const ID_WORDS = new Set(id.stopwords);
const EN_WORDS = new Set(en.stopwords);
const WORD = /\p{L}+/gu;
/** Enough text to decide; reading more only costs time on long inputs. */
const SAMPLE = 20_000;

/** Tells Indonesian from English by counting each language's commonest words. */
export function detectLanguage(body: string): Lang {
  let idScore = 0;
  let enScore = 0;
  const sample = body.length > SAMPLE ? body.slice(0, SAMPLE) : body;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (ID_WORDS.has(w)) idScore++;
    if (EN_WORDS.has(w)) enScore++;
  }
  return enScore > idScore ? "en" : "id";
}
