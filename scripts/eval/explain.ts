/**
 * What the extractor got wrong on one article, each finding filed under a cause, so that a
 * rule is judged by how many articles share its failure rather than by one example.
 */
import type { ExtractResult } from "@/lib/extract/index.ts";
import { greedyMatch, locate, normalise, overlapRatio, speakerMatch } from "@/test/fixtures/eval/score.mjs";

export interface Finding {
  cause: string;
  doc: string;
  detail: string;
}

interface GoldQuote {
  kind: "direct" | "indirect";
  text: string;
  speaker: string;
  cue?: string;
  speaker_aliases?: string[];
  spans: [number, number][];
}

/** A gold file (test/fixtures/eval/*.gold.json), as far as the explanation reads it. */
export interface Gold {
  lang?: "id" | "en";
  /** "direct": the corpus annotates direct quotes only, so indirect predictions are not judged. */
  scope?: string;
  quotes?: Omit<GoldQuote, "spans">[];
  /** Spans that are neither a quote nor a mistake to find one in. */
  ignore?: { text: string }[];
  claims?: { text: string }[];
}

const PRONOUNS = new Set(["he", "she", "they", "it", "dia", "ia", "beliau", "mereka", "pihaknya"]);

export function explainDoc(doc: string, text: string, gold: Gold, pred: ExtractResult): Finding[] {
  const nt = normalise(text);
  const out: Finding[] = [];
  const gq: GoldQuote[] = (gold.quotes ?? []).map((q) => ({ ...q, spans: locate(text, q.text, nt) }));
  const scoped = pred.quotes.filter((q) => gold.scope !== "direct" || q.kind === "direct");
  const pq = scoped.map((q) => ({ ...q, spans: [[q.start, q.end]] as [number, number][] }));
  const ignore: [number, number][] = (gold.ignore ?? []).flatMap((q) => locate(text, q.text, nt));
  const pairs: [number, number][] = greedyMatch(pq, gq);
  const matchedP = new Set(pairs.map((p) => p[0]));
  const matchedG = new Set(pairs.map((p) => p[1]));
  const excerpt = (s: string) => JSON.stringify(s.length > 90 ? `${s.slice(0, 87)}…` : s);

  for (const [i, j] of pairs) {
    const p = pq[i]!;
    const g = gq[j]!;
    if (speakerMatch(g, p.speaker)) continue;
    const mention = (p.speakerMention ?? "").toLowerCase();
    const via = PRONOUNS.has(mention) || (p.cue ?? "").endsWith("nya") ? "pronoun or -nya" : p.speakerMention === p.speaker ? "name as written" : "name resolved";
    out.push({ cause: `speaker wrong (${p.kind}, ${via})`, doc, detail: `gold ${JSON.stringify(g.speaker)} pred ${JSON.stringify(p.speaker)} at ${JSON.stringify(p.speakerMention)} cue ${JSON.stringify(p.cue)} ${excerpt(g.text)}` });
  }
  gq.forEach((g, j) => {
    if (matchedG.has(j)) return;
    const near = pq.some((p, i) => !matchedP.has(i) && g.spans.some((gs) => overlapRatio(p.spans[0]!, gs) > 0));
    const shape = near ? "span off" : "not found";
    out.push({ cause: `missed ${g.kind}, ${shape}, cue "${(g.cue ?? "").toLowerCase()}"`, doc, detail: `${JSON.stringify(g.speaker)} ${excerpt(g.text)}` });
  });
  pq.forEach((p, i) => {
    if (matchedP.has(i)) return;
    const s = p.spans[0]!;
    if (ignore.some((g) => Math.max(0, Math.min(s[1], g[1]) - Math.max(s[0], g[0])) >= 0.5 * (s[1] - s[0]))) return;
    const near = gq.some((g, j) => !matchedG.has(j) && g.spans.some((gs) => overlapRatio(s, gs) > 0));
    out.push({ cause: `invented ${p.kind}, ${near ? "span off" : "no gold"}, cue "${(p.cue ?? "(none)").toLowerCase()}"`, doc, detail: `${JSON.stringify(p.speaker)} ${excerpt(p.text)}` });
  });
  const gc = (gold.claims ?? []).map((c) => ({ ...c, spans: locate(text, c.text, nt) }));
  const pc = pred.claims.map((c) => ({ ...c, spans: [[c.start, c.end]] as [number, number][] }));
  const claimPairs: [number, number][] = greedyMatch(pc, gc);
  const cp = new Set(claimPairs.map((p) => p[0]));
  const cg = new Set(claimPairs.map((p) => p[1]));
  gc.forEach((c, j) => cg.has(j) || out.push({ cause: "claim missed", doc, detail: excerpt(c.text) }));
  pc.forEach((c, i) => cp.has(i) || !gc.length || out.push({ cause: `claim invented (${c.signals.join(", ")})`, doc, detail: `${c.score} ${excerpt(c.text)}` }));
  return out;
}

/** The commonest causes first, each with a few examples to read. */
export function renderExplanation(set: string, findings: Finding[], limit: number): string {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.cause, [...(groups.get(f.cause) ?? []), f]);
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const lines = [`\n## ${set}: ${findings.length} findings in ${groups.size} causes`];
  for (const [cause, fs] of sorted.slice(0, limit * 3)) {
    lines.push(`\n${fs.length.toString().padStart(5)}  ${cause}`);
    for (const f of fs.slice(0, limit > 12 ? 6 : 3)) lines.push(`         ${f.doc.slice(0, 28)}  ${f.detail}`);
  }
  return lines.join("\n");
}
