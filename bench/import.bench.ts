// Wall time of `attest import` on N generated articles (default 1,000), each run into a fresh
// PostgreSQL database of its own (dropped after): the CLI as a child process, as a user runs it,
// optionally another checkout's CLI beside it (`--baseline DIR`, e.g. an export of main), and
// PGlite for information. Then where the time goes: the same import in this process through the
// CLI's importFiles, extraction against database. Then the same articles through the job queue
// (a bulk import) with 1 and 2 `npm run worker` processes, until the last is searchable. Medians of --runs (3).
// usage: npm run bench:import [-- --articles N] [--runs N] [--baseline DIR] [--skip-pglite] [--skip-queue]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { basename } from "node:path";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { UsageError } from "@/cli/cli-error.ts";
import { importFiles } from "@/cli/commands/import.ts";
import { parseCommandArgs } from "@/cli/parse-command-args.ts";
import { openDatabase } from "@/db/client.ts";
import { benchArticle, benchSources, writeBenchArticles } from "./import-corpus.ts";
import { importThroughQueue } from "./queue-import.ts";
import { benchFlags } from "./flags.ts";
import { summarize } from "./stats.ts";

const USAGE = "usage: npm run bench:import [-- --articles N] [--runs N] [--baseline DIR] [--skip-pglite] [--skip-queue]";
const QUEUE_GOAL = 100; // articles per second with 2 workers
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GOAL_S = 10;

const flags = benchFlags("bench", USAGE, () => {
  const { values } = parseCommandArgs(process.argv.slice(2), {
    articles: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    baseline: { type: "string" },
    "skip-pglite": { type: "boolean" },
    "skip-queue": { type: "boolean" },
    help: { type: "boolean" },
  });
  const articles = Number(values.articles);
  const runs = Number(values.runs);
  if (!Number.isInteger(articles) || articles < 1) throw new UsageError("--articles: give a whole number of at least 1");
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError("--runs: give a whole number of at least 1");
  return { articles, runs, baseline: values.baseline ? resolve(values.baseline) : undefined, pglite: !values["skip-pglite"], queue: !values["skip-queue"], help: values.help };
});

// The server to make the throwaway databases on: DATABASE_URL's, else the local one.
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
const tmp = mkdtempSync(join(tmpdir(), "attest-bench-import-"));
let serial = 0;

/** A fresh database for `work`, dropped after; work gets its URL. */
async function withFreshDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `attest_bench_${process.pid}_${serial++}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
  }
}

/** What an import left, to check that each variant stored the same. */
async function tally(url: string): Promise<string> {
  const db = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await db`select (select count(*) from documents) d, (select count(*) from items) i,
      (select count(*) from items where speaker_id is not null) s, (select count(*) from people) p,
      (select count(*) from people where title is not null) t, (select count(*) from audit_events where action = 'document.import') a`;
    return `${row!.d} documents, ${row!.i} items (${row!.s} with a speaker), ${row!.p} people (${row!.t} with a title), ${row!.a} audit events`;
  } finally {
    await db.end();
  }
}

/** `attest import FILE…` from `root` as a child process; its wall time in ms. */
function runCli(root: string, files: string[], env: Record<string, string | undefined>): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "cli/attest.ts", "import", ...files], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: undefined, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  const expected = `imported ${files.length}, duplicates 0, failed 0`;
  if (r.status !== 0 || r.stdout.trim() !== expected) {
    throw new Error(`attest import in ${root} exited ${r.status}: ${r.stdout.slice(0, 500)}${r.stderr.slice(-2000)}`);
  }
  return ms;
}

process.stderr.write(`writing ${flags.articles} articles…\n`);
const files = writeBenchArticles(ROOT, join(tmp, "articles"), flags.articles);

type Variant = { name: string; root: string; pglite?: boolean };
const variants: Variant[] = [
  ...(flags.baseline ? [{ name: `baseline (${flags.baseline})`, root: flags.baseline }] : []),
  { name: "this checkout", root: ROOT },
  ...(flags.pglite ? [{ name: "this checkout, PGlite", root: ROOT, pglite: true }] : []),
];
const walls = new Map<string, number[]>(variants.map((v) => [v.name, []]));
const tallies = new Map<string, Set<string>>(variants.filter((v) => !v.pglite).map((v) => [v.name, new Set()]));
const WORKERS = [1, 2];
const queued = new Map<number, { importMs: number[]; searchableMs: number[] }>(WORKERS.map((w) => [w, { importMs: [], searchableMs: [] }]));
const bodies = files.map((f) => ({ name: basename(f), body: readFileSync(f, "utf8") }));
const lastPhrase = benchArticle(benchSources(ROOT), flags.articles - 1).text.split("\n")[1]!.replace(/\.$/, "");
const split = { extractMs: [] as number[], databaseMs: [] as number[], totalMs: [] as number[], cpuMs: [] as number[] };

try {
  for (let run = 1; run <= flags.runs; run++) {
    // Variants take turns within a run, so a noisy minute falls on each alike.
    for (const v of variants) {
      process.stderr.write(`run ${run}/${flags.runs}: attest import, ${v.name}…\n`);
      let ms: number;
      if (v.pglite) {
        const dataDir = join(tmp, `pglite-${run}`);
        ms = runCli(v.root, files, { DATABASE_URL: undefined, ATTEST_DATA_DIR: dataDir });
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(`${dataDir}.lock`, { force: true });
      } else {
        ms = await withFreshDatabase(async (url) => {
          const wall = runCli(v.root, files, { DATABASE_URL: url });
          tallies.get(v.name)!.add(await tally(url));
          return wall;
        });
      }
      walls.get(v.name)!.push(ms);
    }
    process.stderr.write(`run ${run}/${flags.runs}: in this process, where the time goes…\n`);
    await withFreshDatabase(async (url) => {
      const database = await openDatabase({ url });
      try {
        const timings = { extractMs: 0, databaseMs: 0 };
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        await importFiles(database.db, files, {}, () => {}, timings);
        split.totalMs.push(performance.now() - t0);
        const cpu = process.cpuUsage(cpu0);
        split.cpuMs.push((cpu.user + cpu.system) / 1000);
        split.extractMs.push(timings.extractMs);
        split.databaseMs.push(timings.databaseMs);
      } finally {
        await database.close();
      }
    });
    if (flags.queue) {
      for (const w of WORKERS) {
        process.stderr.write(`run ${run}/${flags.runs}: through the queue, ${w} worker${w > 1 ? "s" : ""}…\n`);
        const r = await withFreshDatabase((url) => importThroughQueue(ROOT, url, bodies, lastPhrase, w));
        queued.get(w)!.importMs.push(r.importMs);
        queued.get(w)!.searchableMs.push(r.searchableMs);
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
  await admin.end({ timeout: 5 });
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const out: string[] = [
  `attest import of ${flags.articles} articles, ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end`,
  `medians of ${flags.runs} run${flags.runs > 1 ? "s" : ""}, each into a fresh database; wall time of the CLI as a child process (start-up and migrations included)`,
  "",
  "| | median s | min | max | articles/s |",
  "|---|---|---|---|---|",
];
for (const v of variants) {
  const w = summarize(walls.get(v.name)!);
  out.push(`| ${v.name}${v.pglite ? "" : ", PostgreSQL"} | ${s(w.median)} | ${s(w.min)} | ${s(w.max)} | ${((flags.articles * 1000) / w.median).toFixed(0)} |`);
}
const m = (values: number[]) => summarize(values).median;
out.push(
  "",
  `in this process (importFiles, no start-up), PostgreSQL: ${s(m(split.totalMs))} s, of which extraction (validation, normalising, hashing, extract()) ${s(m(split.extractMs))} s ` +
    `and database (look-ups, inserts, commit, waiting on the server) ${s(m(split.databaseMs))} s; this process's CPU ${s(m(split.cpuMs))} s`,
);
if (flags.queue) {
  out.push(
    "",
    `through the job queue (a bulk import of the same articles, pg-boss on PostgreSQL; workers are \`npm run worker\` processes, started before the clock):`,
    "",
    "| workers | import s (median) | min | max | articles/s | last one searchable after s |",
    "|---|---|---|---|---|---|",
  );
  for (const [w, r] of queued) {
    const i = summarize(r.importMs);
    out.push(`| ${w} | ${s(i.median)} | ${s(i.min)} | ${s(i.max)} | ${((flags.articles * 1000) / i.median).toFixed(0)} | ${s(m(r.searchableMs))} |`);
  }
  const two = (flags.articles * 1000) / m(queued.get(2)!.importMs);
  out.push(`goal (≥ ${QUEUE_GOAL} articles/s with 2 workers): ${two >= QUEUE_GOAL ? "met" : "NOT met"} (${two.toFixed(0)}/s)`);
}
for (const [name, seen] of tallies) out.push(`stored by ${name}: ${[...seen].join(" | ")}${seen.size > 1 ? "  ← runs differ" : ""}`);
if (tallies.size > 1 && new Set([...tallies.values()].flatMap((t) => [...t])).size > 1) out.push("WARNING: the variants did not store the same counts");
const current = summarize(walls.get("this checkout")!).median;
out.push(`goal (≤ ${GOAL_S} s for 1,000 articles on PostgreSQL, this checkout): ${flags.articles !== 1000 ? "not measured (--articles is not 1000)" : current <= GOAL_S * 1000 ? "met" : "NOT met"}`);
process.stdout.write(`${out.join("\n")}\n`);
