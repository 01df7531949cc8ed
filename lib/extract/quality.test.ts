import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "./index.ts";
import { metrics, scoreDoc } from "@/test/fixtures/eval/score.mjs";

const fixtures = path.join(import.meta.dirname, "../../test/fixtures");

/** Scores the extractor on a folder of annotated articles with the annotators' own matching rule. */
function score(folder: string) {
  const dir = path.join(fixtures, folder);
  const total: Record<string, number> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".gold.json"))) {
    const stem = file.replace(".gold.json", "");
    const body = readFileSync(path.join(dir, `${stem}.txt`), "utf8");
    const counts = scoreDoc(body, JSON.parse(readFileSync(path.join(dir, file), "utf8")), extract(body));
    for (const [k, v] of Object.entries(counts)) total[k] = (total[k] ?? 0) + (v as number);
  }
  return metrics(total);
}

// The targets on unseen articles are quotes F1 0.85, speakers 0.90 and claims F1 0.60.
// These floors sit above them: a drop below means a rule broke, not that the bar moved.
describe("extraction quality against hand annotations", () => {
  it.each([
    ["eval", "the annotated dev articles"],
    ["probe", "articles written for the tests by someone who never saw the rules"],
  ])("meets the targets on %s (%s)", (folder) => {
    const m = score(folder);
    expect(m.quotes.f1).toBeGreaterThanOrEqual(0.9);
    expect(m.speaker_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(m.claims.f1).toBeGreaterThanOrEqual(0.7);
  });
});

describe("the seed article", () => {
  const body = readFileSync(path.join(fixtures, "../../seeds/bisnis-2023-01-16-nato-heavy-weapons.txt"), "utf8");
  const gold = JSON.parse(readFileSync(path.join(fixtures, "eval/00-id-seed.gold.json"), "utf8"));

  it("finds all 8 annotated quotes with the right speakers", () => {
    const { quotes } = extract(body);
    expect(quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual(
      gold.quotes.map((q: { kind: string; text: string; speaker: string }) => [q.kind, q.text, q.speaker]),
    );
  });

  it("reads 'Dia mengatakan' as Zelenskyy and names the Russian ministry and Ukraine", () => {
    const { quotes } = extract(body);
    expect(quotes.find((q) => q.speakerMention === "Dia")?.speaker).toBe("Volodymyr Zelenskyy");
    expect(quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(["Kementerian Pertahanan Rusia", "Ukraina", "Rishi Sunak"]));
  });
});
