// The bench's texts come from the repo's own fixtures (test/fixtures/eval/*.txt and their gold
// files, and the seed article), never from ../shared: the bench must run on any checkout.
// An article is cut into paragraphs, and each paragraph carries the spans an extractor would
// find in it (its sentences, their clauses, and the gold quotes and claims), with offsets
// relative to the paragraph, so a generated document made of paragraphs can place its items
// exactly where their text is.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Span {
  start: number;
  end: number;
  type: "quote" | "claim";
  kind: "direct" | "indirect" | null;
  /** The gold speaker's name, for the gold quotes only. */
  speaker?: string;
  cue?: string;
}

export interface Paragraph {
  lang: "id" | "en";
  text: string;
  spans: Span[];
}

export interface GoldSpeaker {
  name: string;
  aliases: string[];
}

export interface FixtureTexts {
  titles: { lang: "id" | "en"; text: string }[];
  paragraphs: Paragraph[];
  speakers: GoldSpeaker[];
}

interface Gold {
  lang: "id" | "en";
  quotes?: { kind: "direct" | "indirect"; text: string; speaker?: string; cue?: string; speaker_aliases?: string[] }[];
  claims?: { text: string }[];
}

/** Sentence spans of a paragraph: up to a . ! or ? followed by a space (or the end). */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed.length >= 20) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

/** Clauses of a sentence (split at commas and semicolons), long enough to be a reported statement. */
export function clauseSpans(text: string, sentence: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = sentence.start;
  for (const part of text.slice(sentence.start, sentence.end).split(/[,;]/)) {
    // A comma inside a quotation leaves its closing mark at the start of the next clause: not part of it.
    const lead = /^[\s"“”'’]*/.exec(part)![0].length;
    const trimmed = part.slice(lead).replace(/[\s"“”'’]+$/, "");
    if (trimmed.length >= 25) out.push({ start: at + lead, end: at + lead + trimmed.length });
    at += part.length + 1;
  }
  return out.length > 1 ? out : [];
}

/** Every span of one paragraph: gold items first, then sentences as claims, clauses as indirect quotes. */
export function paragraphSpans(text: string, gold: Gold): Span[] {
  const spans: Span[] = [];
  for (const q of gold.quotes ?? []) {
    const at = text.indexOf(q.text);
    if (at >= 0 && q.text.length > 0) spans.push({ start: at, end: at + q.text.length, type: "quote", kind: q.kind, speaker: q.speaker, cue: q.cue });
  }
  for (const c of gold.claims ?? []) {
    const at = text.indexOf(c.text);
    if (at >= 0 && c.text.length > 0) spans.push({ start: at, end: at + c.text.length, type: "claim", kind: null });
  }
  for (const s of sentenceSpans(text)) {
    spans.push({ ...s, type: "claim", kind: null });
    for (const c of clauseSpans(text, s)) spans.push({ ...c, type: "quote", kind: "indirect" });
  }
  return spans;
}

/** The fixtures and the seed article as paragraphs with spans, titles, and the gold speakers. */
export function loadFixtureTexts(root: string): FixtureTexts {
  const dir = path.join(root, "test/fixtures/eval");
  const titles: FixtureTexts["titles"] = [];
  const paragraphs: Paragraph[] = [];
  const speakers = new Map<string, GoldSpeaker>();
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && !f.endsWith(".source.txt"))
    .map((f) => ({ text: readFileSync(path.join(dir, f), "utf8"), gold: JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, ".gold.json")), "utf8")) as Gold }));
  // The seed article is the same text as 00-id-seed (it has no gold file of its own), so it adds nothing new.
  for (const { text, gold } of articles) {
    const [title = "", ...rest] = text.split("\n").map((l) => l.trim()).filter(Boolean);
    titles.push({ lang: gold.lang, text: title });
    for (const p of rest) paragraphs.push({ lang: gold.lang, text: p, spans: paragraphSpans(p, gold) });
    for (const q of gold.quotes ?? []) {
      if (!q.speaker) continue;
      const known = speakers.get(q.speaker.toLowerCase()) ?? { name: q.speaker, aliases: [] };
      for (const a of q.speaker_aliases ?? []) if (!known.aliases.includes(a)) known.aliases.push(a);
      speakers.set(q.speaker.toLowerCase(), known);
    }
  }
  return { titles, paragraphs, speakers: [...speakers.values()] };
}
