// `npm run bench:search` (issue 12): search, seen-before and the items filters on PostgreSQL at
// a million items, through the app's own services. Its database is its own (attest_bench_search:
// 50,000 documents × 20 items, 5,000 people; made by bench/api/generate.ts when missing or of
// another generation), times each query --runs times (default 100) after a warm-up and prints
// p50 and p99, then each query's plan (EXPLAIN ANALYZE). Needs PostgreSQL (ATTEST_BENCH_PG,
// default postgres://postgres@127.0.0.1:5432, trust auth).
import postgres from "postgres";
import { sql, type SQLWrapper } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client.ts";
import { rowsOf } from "@/db/rows.ts";
import { seenBeforeQuery } from "@/lib/items/seen-before-words.ts";
import { searchQuerySchema } from "@/lib/validations/search-query.ts";
import { parseCommandArgs } from "@/cli/parse-command-args.ts";
import { UsageError } from "@/cli/cli-error.ts";
import type { Actor } from "@/server/actor.ts";
import { listItems } from "@/server/items/list-items.ts";
import { similarCandidates, similarItems } from "@/server/items/similar-items.ts";
import { wordFrequency } from "@/server/items/word-frequency.ts";
import { search, SEARCH_QUERY, SEARCH_WINDOW } from "@/server/search/search.ts";
import { databaseUrl, ensureBenchDatabase, SEARCH_ARCHIVE } from "./api/generate.ts";
import { benchFlags } from "./flags.ts";

const USAGE = "usage: npm run bench:search [-- --runs N] [--only search|seen|items] [--fresh]";
const flags = benchFlags("bench:search", USAGE, () => {
  const { values } = parseCommandArgs(process.argv.slice(2), { runs: { type: "string", default: "100" }, only: { type: "string" }, fresh: { type: "boolean" }, help: { type: "boolean" } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 2) throw new UsageError("--runs: give a whole number of at least 2");
  return { runs, only: values.only, fresh: !!values.fresh, help: values.help };
});

const log = (line: string) => process.stderr.write(`${line}\n`);
const server = process.env.ATTEST_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432";
const DATABASE = "attest_bench_search";
const url = databaseUrl(server, DATABASE);
const info = await ensureBenchDatabase({ server, database: DATABASE, shape: SEARCH_ARCHIVE, fresh: flags.fresh, log });
const database = await openDatabase({ url });
const db = database.db;
const raw = postgres(url, { max: 1, onnotice: () => {} });
const viewer: Actor = { id: null, email: "bench@localhost", name: "Bench", role: "viewer" };

// Words by how many items hold them, read from the data: a common one, the rare one, a phrase.
const [common] = await raw<{ word: string }[]>`
  select word from ts_stat('select search from items where type = ''quote'' limit 20000') where length(word) > 5 order by ndoc desc limit 1`;
const phrase = await raw<{ text: string }[]>`select text from items where id = ${info.itemId}::uuid`;
// Three words side by side in the text (no punctuation between them), so the phrase is really there.
const phraseWords = /(\p{L}{3,}) (\p{L}{3,}) (\p{L}{3,})/u.exec(phrase[0]!.text)?.slice(1).join(" ") ?? "";
const sampleItems = (await raw<{ id: string }[]>`select id from items tablesample system (1) where removed_at is null limit 200`).map((r) => r.id);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(name: string, run: (i: number) => Promise<unknown>) {
  if (flags.only && !name.startsWith(flags.only)) return null;
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
const timed = [
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
const rows = timed.filter((r) => r !== null);

const stamp = new Date().toISOString().slice(0, 10);
console.log(`\nbench:search, ${stamp}, ${DATABASE} (${info.generation}), ${flags.runs} runs each after 5 warm-ups\n`);
console.log("| query | p50 ms | p99 ms | p99 under 50 ms |\n|---|---|---|---|");
for (const r of rows) console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.p99 < 50 ? "yes" : "**no**"} |`);

// The plans of the app's own statements (SEARCH_QUERY, similarCandidates), as the database ran
// them, in a transaction set as the search sets its own (no parallel workers).
const explain = async (label: string, statement: (reader: Db) => SQLWrapper) => {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    const plan = rowsOf<Record<string, string>>(await tx.execute(sql`explain (analyze, costs off, timing off, summary off) ${statement(tx as unknown as Db)}`));
    // Arrays of two hundred ids say nothing a reader needs.
    const lines = plan.map((r) => r["QUERY PLAN"]!.replace(/'\{[0-9a-f,-]{200,}\}'/g, "'{…}'"));
    console.log(`\n${label}\n\`\`\`\n${lines.join("\n")}\n\`\`\``);
  });
};
const commonQuery = searchQuerySchema.parse({ q: common!.word });
const commonWindow = await SEARCH_QUERY.window(db, commonQuery);
await explain(`the window for "${common!.word}": the newest ${SEARCH_WINDOW} matching documents, ranked`, (r) => SEARCH_QUERY.window(r, commonQuery));
await explain(`quotes matching "${common!.word}" within the window`, (r) => SEARCH_QUERY.item(r, commonQuery, "quote", commonWindow));
const phraseQuery = searchQuerySchema.parse({ q: `"${phraseWords}"` });
await explain(`the window for the phrase "${phraseWords}"`, (r) => SEARCH_QUERY.window(r, phraseQuery));
await explain(`a misspelt speaker's name`, (r) => SEARCH_QUERY.person(r, searchQuerySchema.parse({ q: info.speakerName.slice(0, -1) })));
const [sample] = await raw<{ id: string; documentId: string; type: "quote" | "claim"; text: string; speakerId: string | null; words: string[] }[]>`
  select id, document_id as "documentId", type, text, speaker_id as "speakerId", tsvector_to_array(search) as words from items where id = ${info.itemId}::uuid`;
const words = seenBeforeQuery(sample!.words, await wordFrequency(db))!;
await explain(`seen before: candidates for one item (${words})`, (r) => similarCandidates(r, { ...sample!, words }));
await raw.end();
await database.close();
