/**
 * Scores the extractor on the annotated articles in test/fixtures/eval and lists what it
 * missed, what it invented and which speakers it got wrong. `npx tsx scripts/eval-extractor.ts [--probe] [--claims] [NN]`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "../lib/extract/index.ts";
import { greedyMatch, locate, metrics, normalise, scoreDoc, speakerMatch } from "../test/fixtures/eval/score.mjs";

const folder = process.argv.includes("--probe") ? "probe" : "eval";
const dir = path.join(import.meta.dirname, "../test/fixtures", folder);
const showClaims = process.argv.includes("--claims");
const only = process.argv.find((a) => /^\d\d$/.test(a));
const total: Record<string, number> = {};

for (const file of readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort()) {
  const stem = file.replace(".gold.json", "");
  if (only && !stem.startsWith(only)) continue;
  const gold = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  const text = readFileSync(path.join(dir, `${stem}.txt`), "utf8");
  const pred = extract(text);
  const c = scoreDoc(text, gold, pred);
  for (const [k, v] of Object.entries(c)) total[k] = (total[k] ?? 0) + (v as number);
  const m = metrics(c);
  console.log(`\n== ${stem}  quotes P=${m.quotes.precision.toFixed(2)} R=${m.quotes.recall.toFixed(2)} spk=${(m.speaker_accuracy ?? 0).toFixed(2)}  claims P=${m.claims.precision.toFixed(2)} R=${m.claims.recall.toFixed(2)}`);
  const nt = normalise(text);
  const withSpans = (xs: any[]): any[] => xs.map((x) => ({ ...x, spans: locate(text, x.text, nt) }));
  const gq = withSpans(gold.quotes);
  const pq = withSpans(pred.quotes);
  const pairs: [number, number][] = greedyMatch(pq, gq);
  const mp = new Set(pairs.map((p) => p[0]));
  const mg = new Set(pairs.map((p) => p[1]));
  for (const [i, j] of pairs) {
    if (!speakerMatch(gq[j], pq[i].speaker)) console.log(`  SPEAKER  gold=${gq[j].speaker} pred=${pq[i].speaker} (${pq[i].speakerMention})  | ${gq[j].text.slice(0, 60)}`);
  }
  gq.forEach((g: any, j: number) => !mg.has(j) && console.log(`  MISSED   [${g.kind} ${g.cue}] ${g.speaker} | ${g.text.slice(0, 90)}`));
  pq.forEach((p: any, i: number) => !mp.has(i) && console.log(`  EXTRA    [${p.kind} ${p.cue}] ${p.speaker} | ${p.text.slice(0, 90)}`));
  if (showClaims) {
    const gc = withSpans(gold.claims);
    const pc = withSpans(pred.claims);
    const cp: [number, number][] = greedyMatch(pc, gc);
    const cmp = new Set(cp.map((p) => p[0]));
    const cmg = new Set(cp.map((p) => p[1]));
    gc.forEach((g: any, j: number) => !cmg.has(j) && console.log(`  C-MISSED ${g.text.slice(0, 110)}`));
    pc.forEach((p: any, i: number) => !cmp.has(i) && console.log(`  C-EXTRA  ${p.score} [${p.signals}] ${p.text.slice(0, 100)}`));
  }
}
const m = metrics(total);
console.log(`\nTOTAL quotes P=${m.quotes.precision.toFixed(3)} R=${m.quotes.recall.toFixed(3)} F1=${m.quotes.f1.toFixed(3)} speaker=${m.speaker_accuracy.toFixed(3)} claims P=${m.claims.precision.toFixed(3)} R=${m.claims.recall.toFixed(3)} F1=${m.claims.f1.toFixed(3)}`);
