import { describe, expect, it } from "vitest";
import type { FoundItem } from "./found-items.ts";
import { planChanges, planReextract, type StoredItem } from "./plan-reextract.ts";
import { overlapRatio } from "./span-overlap.ts";

const JENS = { id: "p-jens", name: "Jens Stoltenberg", aliases: ["Stoltenberg"] };
const stored = (id: string, start: number, end: number, more: Partial<StoredItem> = {}): StoredItem => ({
  id,
  type: "quote",
  kind: "direct",
  text: `text ${id}`,
  start,
  end,
  speaker: JENS,
  version: 1,
  reviewed: false,
  removed: false,
  ...more,
});
const found = (start: number, end: number, more: Partial<FoundItem> = {}): FoundItem => ({
  type: "quote",
  kind: "direct",
  text: `found ${start}`,
  start,
  end,
  speaker: "Jens Stoltenberg",
  speakerMention: "Stoltenberg",
  cue: "kata",
  score: 0.9,
  signals: [],
  ...more,
});
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("overlapRatio", () => {
  it("is the shared length over the longer span", () => {
    expect(overlapRatio({ start: 0, end: 100 }, { start: 50, end: 100 })).toBe(0.5);
    expect(overlapRatio({ start: 0, end: 100 }, { start: 51, end: 100 })).toBe(0.49);
    expect(overlapRatio({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });
});

describe("planReextract", () => {
  it("keeps what is found again, changes what moved, adds what is new and removes what is gone", () => {
    const plan = planReextract(
      [stored("same", 0, 40), stored("moved", 100, 140), stored("gone", 200, 240), stored("claim", 300, 360, { type: "claim", kind: null, speaker: null })],
      [found(0, 40), found(100, 150), found(400, 440), found(300, 360, { type: "claim", kind: null, speaker: null })],
    );
    expect(ids(plan.unchanged)).toEqual(["same", "claim"]);
    expect(plan.change.map((c) => [c.item.id, c.to.start, c.to.end, c.fields])).toEqual([["moved", 100, 150, ["span"]]]);
    expect(plan.add.map((f) => f.start)).toEqual([400]);
    expect(ids(plan.remove)).toEqual(["gone"]);
    expect(planChanges(plan)).toBe(3);
  });

  it("needs half of the longer span in common to call two spans one item, and matches one to one", () => {
    const plan = planReextract([stored("a", 0, 100)], [found(51, 100), found(0, 90)]);
    expect(plan.change.map((c) => [c.item.id, c.to.start, c.to.end])).toEqual([["a", 0, 90]]);
    expect(plan.add.map((f) => f.start)).toEqual([51]);
  });

  it("never matches a quote with a claim", () => {
    const plan = planReextract([stored("q", 0, 40)], [found(0, 40, { type: "claim", kind: null, speaker: null })]);
    expect(ids(plan.remove)).toEqual(["q"]);
    expect(plan.add).toHaveLength(1);
  });

  it("names every field that changed; an alias of the stored speaker is no change", () => {
    const plan = planReextract(
      [stored("alias", 0, 40), stored("other", 100, 140), stored("kind", 200, 240), stored("lost", 300, 340)],
      [found(0, 40, { speaker: "stoltenberg" }), found(100, 130, { speaker: "Volodymyr Zelenskyy", kind: "indirect" }), found(200, 240, { kind: "indirect" }), found(300, 340, { speaker: null })],
    );
    expect(ids(plan.unchanged)).toEqual(["alias"]);
    expect(plan.change.map((c) => [c.item.id, c.fields])).toEqual([
      ["other", ["speaker", "kind", "span"]],
      ["kind", ["kind"]],
      ["lost", ["speaker"]],
    ]);
  });

  it("leaves reviewed items alone and adds nothing that overlaps one, even one an editor removed", () => {
    const verified = stored("verified", 0, 40, { reviewed: true });
    const rejected = stored("rejected", 100, 140, { reviewed: true, removed: true });
    const plan = planReextract([verified, rejected, stored("open", 200, 240)], [found(5, 30, { speaker: "Someone Else" }), found(0, 20), found(100, 140), found(130, 180), found(200, 240)]);
    expect(ids(plan.reviewed)).toEqual(["verified", "rejected"]);
    expect(plan.heldBack.map((h) => [h.found.start, h.by.id])).toEqual([
      [0, "verified"],
      [130, "rejected"],
    ]);
    expect(plan.add).toEqual([]);
    expect(plan.change).toEqual([]);
    expect(plan.remove).toEqual([]);
    expect(ids(plan.unchanged)).toEqual(["open"]);
  });

  it("ignores items removed earlier without review: found again, they come back as new items", () => {
    const plan = planReextract([stored("dropped", 0, 40, { removed: true })], [found(0, 40)]);
    expect(plan.remove).toEqual([]);
    expect(plan.add.map((f) => f.start)).toEqual([0]);
  });
});
