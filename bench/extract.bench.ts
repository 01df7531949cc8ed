// Throughput of extract() on one core: normal corpora of real articles (../shared/eval/corpora/ when
// it is there, else the fixtures), the fixtures' own corpora, hostile shapes of the same text, and
// compromise's quotation finder as a reference point. `--json` for machine-readable output,
// `--only a,b` to measure some rows (by the start of their name).
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { extract, EXTRACTOR } from "@/lib/extract/index.ts";
import { parseCommandArgs } from "@/cli/parse-command-args.ts";
import { articlesTo, buildCorpus, fit, hostile, loadArticles, normalSource, utf8Bytes, type HostileShape } from "./corpus.ts";
import { benchFlags } from "./flags.ts";
import { renderTable, withRatios, type BenchReport, type Group, type Row } from "./report.ts";
import { mbPerSecond, measureThroughput, summarize } from "./stats.ts";

const CORPUS_BYTES = 5e6;
// compromise runs at roughly 0.15 MB/s here: 5 MB would take over 30 s per run, six runs.
const COMPROMISE_BYTES = 1e6;
const RUNS = 5;
const WARMUPS = 1;
/** A row whose warm-up takes longer than this gets fewer timed runs (as many as fit ROW_BUDGET_MS, at least one), so that `npm run bench` ends. */
const SLOW_RUN_MS = 3_000;
const ROW_BUDGET_MS = 12_000;
/**
 * A hostile shape is first timed on an eighth of its size. One that would take longer than this
 * at full size, were it quadratic (64 times the eighth), is measured on the eighth only.
 */
const PROBE_LIMIT_MS = 40_000;

const USAGE = "usage: npm run bench [-- --json] [--only NAME[,NAME…]]";

const flags = benchFlags("bench", USAGE, () =>
  parseCommandArgs(process.argv.slice(2), {
    json: { type: "boolean" },
    only: { type: "string" },
    help: { type: "boolean" },
  }).values,
);
const only = flags.only?.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
const wanted = (name: string) => !only || only.some((o) => name.toLowerCase().startsWith(o)) || name.startsWith("normal");

const fixturesDir = fileURLToPath(new URL("../test/fixtures/eval", import.meta.url));
const sharedDir = fileURLToPath(new URL("../../shared/eval/corpora", import.meta.url));
const fixtures = loadArticles(fixturesDir);
const source = normalSource(sharedDir, fixturesDir);
const textsIn = (lang?: string) => fixtures.filter((a) => !lang || a.lang === lang).map((a) => a.text);
// The corpus text the hostile shapes are made of: both languages' articles, English first.
const corpusText = [...source.en, ...source.id].map((a) => a.text).join("\n\n");

type Measured = Omit<Row, "ratio">;
const run = (t: string) => extract(t);

/** Rows of these groups keep their five timed runs however slow: the reference is slow by nature. */
const FULL_RUNS: Group[] = ["normal", "fixtures", "reference"];
/** The two hostile shapes issue 8 names keep theirs too. */
const REQUIRED = new Set(["no quote marks, a paragraph a line", "one paragraph"]);

function measure(name: string, group: Group, text: string, fn: (t: string) => unknown, note?: string): Measured {
  const bytes = utf8Bytes(text);
  process.stderr.write(`measuring ${name} on ${(bytes / 1e6).toFixed(2)} MB…\n`);
  let warm = 0;
  for (let i = 0; i < WARMUPS; i++) {
    const t0 = performance.now();
    fn(text);
    warm = performance.now() - t0;
  }
  const budgeted = !FULL_RUNS.includes(group) && !REQUIRED.has(name);
  const runs = warm > SLOW_RUN_MS && budgeted ? Math.max(1, Math.floor(ROW_BUDGET_MS / warm)) : RUNS;
  const values = measureThroughput(() => fn(text), bytes, runs, 0);
  const notes = [note, runs < RUNS ? `${runs} timed run${runs > 1 ? "s" : ""}: the warm-up took ${(warm / 1000).toFixed(1)} s` : undefined].filter(Boolean);
  return { name, group, bytes, values, ...summarize(values), ...(notes.length ? { note: notes.join("; ") } : {}) };
}

/**
 * A hostile shape of `bytes` (lines, or one paragraph when `sep` is a space). It is first timed on
 * an eighth of that: a shape that slows down as it grows is reported so, and one that would take
 * too long at full size is measured on the eighth.
 */
function measureShape(name: string, shape: HostileShape, bytes: number, sep: "\n" | " "): Measured | null {
  if (!wanted(name)) return null;
  const shaped = hostile[shape](corpusText);
  const probe = fit(shaped, bytes / 8, sep);
  const t0 = performance.now();
  extract(probe);
  const probeMs = performance.now() - t0;
  const probeRate = mbPerSecond(utf8Bytes(probe), probeMs);
  if (probeMs * 64 > PROBE_LIMIT_MS) {
    return measure(name, "hostile", probe, run, `measured on an eighth of ${(bytes / 1e6).toFixed(0)} MB: were it quadratic, the whole would take over ${PROBE_LIMIT_MS / 1000} s a run`);
  }
  const row = measure(name, "hostile", fit(shaped, bytes, sep), run);
  if (row.median < probeRate / 2) {
    const note = `slows down as it grows: ${probeRate.toFixed(2)} MB/s on an eighth of the size`;
    return { ...row, note: row.note ? `${row.note}; ${note}` : note };
  }
  return row;
}

const rows: Measured[] = [];
const add = (row: Measured | null) => row && rows.push(row);

add(measure(`normal en (${source.label.en})`, "normal", articlesTo(source.en.map((a) => a.text), CORPUS_BYTES), run));
add(measure(`normal id (${source.label.id})`, "normal", articlesTo(source.id.map((a) => a.text), CORPUS_BYTES), run));

const fixtureCorpora = { id: buildCorpus(textsIn("id"), CORPUS_BYTES), en: buildCorpus(textsIn("en"), CORPUS_BYTES), mixed: buildCorpus(textsIn(), CORPUS_BYTES) };
for (const [lang, text] of Object.entries(fixtureCorpora)) if (wanted(`extract ${lang}`)) add(measure(`extract ${lang}`, "fixtures", text, run));

add(measureShape("no quote marks, a paragraph a line", "noQuoteMarks", 10e6, "\n"));
add(measureShape("one paragraph", "oneParagraph", 2e6, " "));
add(measureShape("one paragraph, no sentence ends", "noTerminators", 2e6, " "));
add(measureShape("one paragraph, words only", "wordsOnly", 2e6, " "));
add(measureShape("every word capitalised, lines", "titleCase", 2e6, "\n"));
add(measureShape("one paragraph, capitalised words only", "capitalisedRun", 2e6, " "));
add(measureShape("one paragraph, unpaired quote marks", "unpairedQuotes", 2e6, " "));
add(measureShape("one paragraph, apostrophe runs", "apostropheRuns", 2e6, " "));

// Same articles in the same order, so this is the first ~1 MB of the English fixture corpus.
const compromiseCorpus = buildCorpus(textsIn("en"), COMPROMISE_BYTES);
if (wanted("compromise en")) {
  add(
    measure(
      "compromise en",
      "reference",
      compromiseCorpus,
      (t) => nlp(t).quotations(),
      `compromise ran on the first ${(utf8Bytes(compromiseCorpus) / 1e6).toFixed(2)} MB of the English fixture corpus, not all of it: it is too slow for 5 MB`,
    ),
  );
}

const { normal, rows: rated } = withRatios(rows);
const medianOf = (name: string) => rated.find((r) => r.name === name)?.median ?? NaN;
const report: BenchReport = {
  unit: "MB/s",
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  extractor: EXTRACTOR,
  date: new Date().toISOString().slice(0, 10),
  runs: RUNS,
  warmups: WARMUPS,
  normalSource: source.shared ? `${source.label.en} (${source.en.length} articles) and ${source.label.id} (${source.id.length} articles), ../shared/eval/corpora/` : "the fixtures (../shared/eval/corpora/ is not there)",
  normal,
  rows: rated,
  ratioToCompromise: medianOf("extract en") / medianOf("compromise en"),
};
process.stdout.write(`${flags.json ? JSON.stringify(report, null, 2) : renderTable(report)}\n`);
