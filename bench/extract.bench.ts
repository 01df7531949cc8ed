// Throughput of extract() on ~5 MB corpora built from the eval articles, with compromise's
// quotation finder on the English corpus as a reference point. `--json` for machine-readable output.
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { extract, EXTRACTOR } from "../lib/extract/index.ts";
import { UsageError } from "../cli/cli-error.ts";
import { parseCommandArgs } from "../cli/parse-command-args.ts";
import { buildCorpus, loadArticles, utf8Bytes } from "./corpus.ts";
import { renderTable, type BenchReport, type Row } from "./report.ts";
import { measureThroughput, summarize } from "./stats.ts";

const CORPUS_BYTES = 5e6;
// compromise runs at roughly 0.15 MB/s here: 5 MB would take over 30 s per run, six runs.
const COMPROMISE_BYTES = 1e6;
const RUNS = 5;
const WARMUPS = 1;

const USAGE = "usage: npm run bench [-- --json]";

function parseFlags() {
  try {
    return parseCommandArgs(process.argv.slice(2), { json: { type: "boolean" }, help: { type: "boolean" } }).values;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`bench: ${err.message}\n${USAGE}\n`);
    process.exit(2);
  }
}

const flags = parseFlags();
if (flags.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const articles = loadArticles(fileURLToPath(new URL("../test/fixtures/eval", import.meta.url)));
const textsIn = (lang?: string) => articles.filter((a) => !lang || a.lang === lang).map((a) => a.text);
const corpora = {
  id: buildCorpus(textsIn("id"), CORPUS_BYTES),
  en: buildCorpus(textsIn("en"), CORPUS_BYTES),
  mixed: buildCorpus(textsIn(), CORPUS_BYTES),
};
// Same articles in the same order, so this is the first ~1 MB of the English corpus.
const compromiseCorpus = buildCorpus(textsIn("en"), COMPROMISE_BYTES);

function bench(name: string, text: string, run: (t: string) => unknown, note?: string): Row {
  const bytes = utf8Bytes(text);
  process.stderr.write(`measuring ${name} on ${(bytes / 1e6).toFixed(2)} MB…\n`);
  const row: Row = { name, bytes, ...summarize(measureThroughput(() => run(text), bytes, RUNS, WARMUPS)) };
  return note ? { ...row, note } : row;
}

const rows = [
  ...Object.entries(corpora).map(([lang, text]) => bench(`extract ${lang}`, text, (t) => extract(t))),
  bench(
    "compromise en",
    compromiseCorpus,
    (t) => nlp(t).quotations(),
    `compromise ran on the first ${(utf8Bytes(compromiseCorpus) / 1e6).toFixed(2)} MB of the English corpus, not all of it: it is too slow for 5 MB`,
  ),
];
const medianOf = (name: string) => rows.find((r) => r.name === name)!.median;

const report: BenchReport = {
  unit: "MB/s",
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  extractor: EXTRACTOR,
  runs: RUNS,
  warmups: WARMUPS,
  rows,
  ratioToCompromise: medianOf("extract en") / medianOf("compromise en"),
};
process.stdout.write(`${flags.json ? JSON.stringify(report, null, 2) : renderTable(report)}\n`);
