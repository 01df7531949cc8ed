/**
 * Scores the extractor on annotated gold folders in one process and prints the scorer's table
 * per folder: `npm run eval -- [--gold DIR]… [--explain] [--limit N]`. With no --gold it scores
 * the project's own fixtures and, when they are there, the shared dev set and corpora.
 * `--explain` lists what was missed, invented and misattributed, grouped by cause.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "@/lib/extract/index.ts";
import { metrics, scoreDoc } from "@/test/fixtures/eval/score.mjs";
import { explainDoc, renderExplanation, type Finding } from "./eval/explain.ts";
import { renderTable, type Counts } from "./eval/table.ts";

const args = process.argv.slice(2);
const golds = args.flatMap((a, i) => (args[i - 1] === "--gold" ? [a] : []));
const explain = args.includes("--explain");
const limit = Number(args[args.indexOf("--limit") + 1]) || 12;

const here = import.meta.dirname;
const shared = path.join(here, "../../shared/eval");
const defaults = [path.join(here, "../test/fixtures/eval"), path.join(here, "../test/fixtures/probe")];
if (existsSync(shared)) {
  defaults.push(path.join(shared, "dev"));
  for (const d of readdirSync(path.join(shared, "corpora"), { withFileTypes: true })) if (d.isDirectory()) defaults.push(path.join(shared, "corpora", d.name));
}

const rows: { name: string; metrics: ReturnType<typeof metrics>; ms: number }[] = [];
for (const dir of golds.length ? golds : defaults) {
  const total: Counts = {};
  const findings: Finding[] = [];
  let ms = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort()) {
    const stem = file.slice(0, -".gold.json".length);
    const gold = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    const text = readFileSync(path.join(dir, `${stem}.txt`), "utf8");
    const t0 = performance.now();
    const pred = extract(text); // the language detected, as a user gets it
    ms += performance.now() - t0;
    for (const [k, v] of Object.entries(scoreDoc(text, gold, pred) as Counts)) total[k] = (total[k] ?? 0) + v;
    if (explain) findings.push(...explainDoc(stem, text, gold, pred));
  }
  const name = path.basename(dir);
  rows.push({ name, metrics: metrics(total), ms });
  if (explain) console.log(renderExplanation(name, findings, limit));
}
console.log(renderTable(rows));
