/**
 * `npm run eval:similar`: precision and recall of the seen-before match (server/items/similar-items.ts)
 * on the labelled pairs in test/fixtures/similar-pairs.json, at each threshold, measured with the
 * database's own trigram similarity (PGlite with pg_trgm, as the embedded app runs it).
 */
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { scoreThresholds, type LabelledPair } from "@/lib/items/similarity-eval.ts";
import { seenBeforeQuery } from "@/lib/items/seen-before-words.ts";
import { sameStatement, SIMILAR_THRESHOLD } from "@/lib/items/similar.ts";

const { pairs } = JSON.parse(readFileSync("test/fixtures/similar-pairs.json", "utf8")) as { pairs: LabelledPair[] };
const db = new PGlite({ extensions: { pg_trgm } });
await db.exec("create extension if not exists pg_trgm");
const scored = [];
for (const pair of pairs) {
  // Whether the seen-before lookup would find b as a candidate for a (two of a's rarest words; no statistics here).
  const config = pair.lang === "id" ? "indonesian" : "english";
  const words = (await db.query<{ w: string[] }>("select tsvector_to_array(to_tsvector($1::regconfig, $2)) as w", [config, pair.a])).rows[0]!.w;
  const query = seenBeforeQuery(words, () => 0) ?? "";
  const { rows } = await db.query<{ s: number; found: boolean }>("select similarity(lower($1), lower($2))::float8 as s, to_tsvector($3::regconfig, $2) @@ $4::tsquery as found", [pair.a, pair.b, config, query]);
  scored.push({ ...pair, score: rows[0]!.s, found: rows[0]!.found });
}
console.log(`${pairs.length} pairs: ${pairs.filter((p) => p.same).length} the same statement, ${pairs.filter((p) => !p.same).length} different`);
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
// Trigrams alone, then with the numbers and negation checks (a pair they refuse scores 0).
const checked = scored.map((p) => ({ ...p, score: sameStatement(p.a, p.b, 1) ? p.score : 0 }));
const found = checked.map((p) => ({ ...p, score: p.found ? p.score : 0 }));
for (const [name, set] of [
  ["trigram similarity alone", scored],
  ["with the numbers and negation checks", checked],
  ["and only the candidates sharing two of the rarest words (what Attest does)", found],
] as const) {
  console.log(`\n${name}\nthreshold  precision  recall  (true+, false+, false-)`);
  for (const row of scoreThresholds(set, THRESHOLDS)) {
    const mark = row.threshold === SIMILAR_THRESHOLD ? "  <- chosen" : "";
    console.log(`${row.threshold.toFixed(2).padStart(9)}  ${row.precision.toFixed(2).padStart(9)}  ${row.recall.toFixed(2).padStart(6)}  (${row.tp}, ${row.fp}, ${row.fn})${mark}`);
  }
}
console.log("\nby kind at the chosen threshold:");
for (const kind of ["repeat", "paraphrase", "near-miss", "unrelated"]) {
  const of = scored.filter((p) => p.kind === kind);
  const found = of.filter((p) => sameStatement(p.a, p.b, p.score)).length;
  console.log(`  ${kind.padEnd(10)} ${found} of ${of.length} matched (trigram scores ${of.map((p) => p.score.toFixed(2)).join(", ")})`);
  for (const p of of.filter((p) => sameStatement(p.a, p.b, p.score) !== p.same)) console.log(`    wrong: ${p.score.toFixed(2)} "${p.a}" / "${p.b}"`);
  for (const p of of.filter((p) => p.same && !p.found)) console.log(`    not a candidate: "${p.a}" / "${p.b}"`);
}
await db.close();
