// `npm run bench:search` (issue 12): search, seen-before and the items filters on PostgreSQL at
// a million items, through the app's own services. It uses bench:api's database (attest_bench:
// 20,000 documents × 50 items, 5,000 people; made by bench/api/generate.ts when missing or of
// another generation), times each query --runs times (default 100) after a warm-up and prints
// p50 and p99, then each query's plan (EXPLAIN ANALYZE). Needs PostgreSQL (ATTEST_BENCH_PG,
// default postgres://postgres@127.0.0.1:5432, trust auth).
import postgres from "postgres";
import { openDatabase } from "@/db/client.ts";
import { parseCommandArgs } from "@/cli/parse-command-args.ts";
import { UsageError } from "@/cli/cli-error.ts";
import type { Actor } from "@/server/actor.ts";
import { listItems } from "@/server/items/list-items.ts";
import { similarItems } from "@/server/items/similar-items.ts";
import { search } from "@/server/search/search.ts";
import { databaseUrl, ensureBenchDatabase } from "./api/generate.ts";
import { benchFlags } from "./flags.ts";

const USAGE = "usage: npm run bench:search [-- --runs N] [--fresh]";
const flags = benchFlags("bench:search", USAGE, () => {
  const { values } = parseCommandArgs(process.argv.slice(2), { runs: { type: "string", default: "100" }, fresh: { type: "boolean" }, help: { type: "boolean" } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 2) throw new UsageError("--runs: give a whole number of at least 2");
  return { runs, fresh: !!values.fresh, help: values.help };
});

const log = (line: string) => process.stderr.write(`${line}\n`);
const server = process.env.ATTEST_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432";
const url = databaseUrl(server, "attest_bench");
const info = await ensureBenchDatabase({ server, database: "attest_bench", fresh: flags.fresh, log });
const database = await openDatabase({ url });
const db = database.db;
const raw = postgres(url, { max: 1, onnotice: () => {} });
const viewer: Actor = { id: null, email: "bench@localhost", name: "Bench", role: "viewer" };

// Words by how many items hold them, read from the data: a common one, the rare one, a phrase.
const [common] = await raw<{ word: string }[]>`
  select word from ts_stat('select search from items where type = ''quote'' limit 20000') where length(word) > 5 order by ndoc desc limit 1`;
const phrase = await raw<{ text: string }[]>`select text from items where id = ${info.itemId}::uuid`;
const phraseWords = phrase[0]!.text.split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w)).slice(0, 3).join(" ");
const sampleItems = (await raw<{ id: string }[]>`select id from items tablesample system (1) where removed_at is null limit 200`).map((r) => r.id);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(name: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await run(i);
  const ms: number[] = [];
  for (let i = 0; i < flags.runs; i++) {
    const t0 = performance.now();
    await run(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const row = { name, p50: percentile(ms, 50), p99: percentile(ms, 99) };
  log(`  ${name}: p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms`);
  return row;
}

log(`timing ${flags.runs} runs each (common word "${common!.word}", rare "${info.rareWord}", phrase "${phraseWords}")`);
const rows = [
  await time(`search: common word (${common!.word})`, () => search(db, viewer, { q: common!.word })),
  await time(`search: rare word (${info.rareWord})`, () => search(db, viewer, { q: info.rareWord })),
  await time(`search: phrase ("${phraseWords}")`, () => search(db, viewer, { q: `"${phraseWords}"` })),
  await time("search: a speaker's name, misspelt", () => search(db, viewer, { q: info.speakerName.slice(0, -1), type: "person" })),
  await time("seen before: one item (200 different items in turn)", (i) => similarItems(db, viewer, sampleItems[i % sampleItems.length]!)),
  await time("items: status=verified", () => listItems(db, viewer, { status: "verified" })),
  await time("items: speaker", () => listItems(db, viewer, { speaker: info.speakerId })),
  await time("items: document", () => listItems(db, viewer, { documentId: info.documentId })),
  await time(`items: q=${info.uncommonWord}`, () => listItems(db, viewer, { q: info.uncommonWord })),
];

const stamp = new Date().toISOString().slice(0, 10);
console.log(`\nbench:search, ${stamp}, attest_bench (${info.generation}), ${flags.runs} runs each after 5 warm-ups\n`);
console.log("| query | p50 ms | p99 ms | p99 under 50 ms |\n|---|---|---|---|");
for (const r of rows) console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.p99 < 50 ? "yes" : "**no**"} |`);

// The plans, as the database ran them.
const explain = async (label: string, statement: string) => {
  const plan = await raw.unsafe(`explain (analyze, costs off, timing off, summary off) ${statement}`);
  console.log(`\n${label}\n\`\`\`\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}\n\`\`\``);
};
const w = common!.word.replace(/'/g, "''");
await explain(`documents matching "${common!.word}"`, `select id from documents where (search @@ websearch_to_tsquery('indonesian', '${w}') or search @@ websearch_to_tsquery('english', '${w}')) order by ts_rank_cd(search, websearch_to_tsquery(attest_text_config(language), '${w}'), 32) desc, id limit 21`);
await explain(`quotes matching "${common!.word}"`, `select id from items where (search @@ websearch_to_tsquery('indonesian', '${w}') or search @@ websearch_to_tsquery('english', '${w}')) and removed_at is null and type = 'quote' order by ts_rank_cd(search, websearch_to_tsquery('english', '${w}'), 32) desc, id limit 21`);
const t = phrase[0]!.text.replace(/'/g, "''");
await explain("seen before: candidates for one item", `select id from items where text % '${t}' and similarity(text, '${t}') >= 0.6 and type = 'quote' and removed_at is null limit 20`);
await raw.end();
await database.close();
