import { describe, expect, it } from "vitest";
import type { FoundItem } from "@/lib/reextract/found-items.ts";
import type { ReextractPlan, StoredItem } from "@/lib/reextract/plan-reextract.ts";
import type { ReextractReport } from "@/server/reextract/reextract-document.ts";
import { detailLines, summaryLine, totalLine } from "./reextract-lines.ts";

const JENS = { id: "p1", name: "Jens Stoltenberg", aliases: [] };
const stored = (start: number, end: number, more: Partial<StoredItem> = {}): StoredItem => ({
  id: `i${start}`,
  type: "quote",
  kind: "direct",
  text: "Janji pengiriman peralatan perang berat adalah penting",
  start,
  end,
  speaker: JENS,
  version: 1,
  reviewed: false,
  removed: false,
  ...more,
});
const found = (start: number, end: number, more: Partial<FoundItem> = {}): FoundItem => ({
  type: "claim",
  kind: null,
  text: "Rusia menembakkan 33 rudal pada hari Sabtu",
  start,
  end,
  speaker: null,
  speakerMention: null,
  cue: null,
  score: 0.8,
  signals: ["number"],
  ...more,
});
const EMPTY: ReextractPlan = { add: [], remove: [], change: [], unchanged: [], reviewed: [], heldBack: [] };
const report = (plan: Partial<ReextractPlan>, title = "NATO dan Ukraina"): ReextractReport => ({
  document: { id: "d1", title },
  from: "attest-rules@0.1.0",
  to: "attest-rules@0.2.0",
  plan: { ...EMPTY, ...plan },
  applied: false,
});

const plan: Partial<ReextractPlan> = {
  add: [found(300, 340)],
  remove: [stored(10, 30, { type: "claim", kind: null, speaker: null, text: "Dilansir Aljazeera" })],
  change: [{ item: stored(100, 150), to: found(100, 170, { type: "quote", kind: "indirect", speaker: "Volodymyr Zelenskyy" }), fields: ["speaker", "kind", "span"] }],
  reviewed: [stored(500, 540, { reviewed: true })],
  heldBack: [{ found: found(505, 530), by: stored(500, 540, { type: "claim", kind: null, reviewed: true }) }],
};

describe("reextract lines", () => {
  it("sum a document up on one line: versions, counts, reviewed and held back", () => {
    expect(summaryLine(report(plan))).toBe("NATO dan Ukraina: attest-rules@0.1.0 → attest-rules@0.2.0, +1 −1 ~1, 1 reviewed kept, 1 held back");
    expect(summaryLine(report({}, "A very long title ".repeat(8)))).toBe(
      "A very long title A very long title A very long title A…: attest-rules@0.1.0 → attest-rules@0.2.0, +0 −0 ~0, 0 reviewed kept",
    );
  });

  it("list every change in reading order with its speaker and an excerpt", () => {
    expect(detailLines(report(plan))).toEqual([
      "  d1",
      "  − claim: “Dilansir Aljazeera” [10–30]",
      "  ~ quote (direct) Jens Stoltenberg: “Janji pengiriman peralatan perang berat adalah penting” [100–150]: speaker Jens Stoltenberg → Volodymyr Zelenskyy; kind direct → indirect; span 100–150 → 100–170",
      "  + claim: “Rusia menembakkan 33 rudal pada hari Sabtu” [300–340]",
      "  = held back, overlaps a reviewed claim [500–540]: claim: “Rusia menembakkan 33 rudal pada hari Sabtu” [505–530]",
    ]);
  });

  it("end with the totals, saying whether anything was written", () => {
    const reports = [report(plan), report({})];
    expect(totalLine(reports, false)).toBe("dry run: 1 of 2 documents would change, +1 −1 ~1; nothing was written (--apply writes it)");
    expect(totalLine(reports, true)).toBe("re-extracted 1 of 2 documents, +1 −1 ~1");
  });
});
