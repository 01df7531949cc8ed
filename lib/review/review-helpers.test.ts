import { describe, expect, it } from "vitest";
import { conflictFacts, conflictText } from "./conflict-text.ts";
import { resolveSpeaker } from "./resolve-speaker.ts";

describe("conflictText", () => {
  const at = "2026-11-27T10:42:10.000Z";

  it("names who set which verdict when, the version, and that the note is kept", () => {
    const text = conflictText(
      { current: { status: "verified", version: 3 }, lastVerdict: { toStatus: "verified", by: "Rina Reviewer", at, version: 3 }, lastEvent: null },
      "note",
    );
    expect(text).toBe("Rina Reviewer changed this to verified on 27 Nov 2026, 10:42 UTC (version 3). Your note is kept below — review and save again.");
  });

  it("says 'back to pending' when the verdict was withdrawn", () => {
    const text = conflictText({ current: { status: "pending", version: 4 }, lastVerdict: { toStatus: "pending", by: "Rina Reviewer", at, version: 4 }, lastEvent: null }, "note");
    expect(text).toMatch(/^Rina Reviewer changed this back to pending on/);
  });

  it("names a correction when the newest version came from an editor, not a verdict", () => {
    const text = conflictText(
      {
        current: { status: "verified", version: 5 },
        lastVerdict: { toStatus: "verified", by: "Rina Reviewer", at, version: 3 },
        lastEvent: { who: "Eko Editor", did: "changed the speaker", at },
      },
      "changes",
    );
    expect(text).toBe("Eko Editor changed the speaker on 27 Nov 2026, 10:42 UTC (now version 5, verified). Your changes are kept below — review and save again.");
  });

  it("still explains itself with nothing but the current item", () => {
    expect(conflictText({ current: { status: "disputed", version: 2 }, lastVerdict: null, lastEvent: null }, "note")).toMatch(
      /^Someone else changed this item while you were working on it \(now version 2, disputed\)\./,
    );
  });
});

describe("resolveSpeaker", () => {
  const people = [
    { id: "z", name: "Volodymyr Zelenskyy", aliases: ["Zelensky", "Zelenskyy"] },
    { id: "j", name: "Jens Stoltenberg", aliases: ["Stoltenberg"] },
    { id: "k", name: "Jens Kristensen", aliases: ["Jens"] },
    { id: "s", name: "Jens Stoltenberg Jr", aliases: ["Jens"] },
  ];

  it("picks a known person by name or alias, whatever the case and spacing", () => {
    expect(resolveSpeaker("  jens   stoltenberg ", people)).toEqual({ speakerId: "j" });
    expect(resolveSpeaker("zelensky", people)).toEqual({ speakerId: "z" });
  });

  it("sends a new name as a name, tidied", () => {
    expect(resolveSpeaker(" Rishi  Sunak ", people)).toEqual({ speaker: "Rishi Sunak" });
  });

  it("does not guess between two people sharing an alias", () => {
    expect(resolveSpeaker("Jens", people)).toEqual({ speaker: "Jens" });
  });

  it("gives null for an empty field", () => {
    expect(resolveSpeaker("   ", people)).toBeNull();
  });
});

describe("conflictFacts", () => {
  const item = { id: "i", status: "verified", version: 5 } as never;
  const verdict = (version: number, toStatus: "verified" | "pending") => ({ id: `v${version}`, fromStatus: "pending" as const, toStatus, note: null, version, createdAt: "2026-11-27T10:42:00.000Z", by: "Rina Reviewer" });

  it("takes the newest verdict from the fresh history, and the newest audit event in words", () => {
    const panel = {
      item,
      citations: [],
      verdicts: [verdict(2, "verified"), verdict(4, "pending")],
      audit: [
        { id: 10, action: "citation.add", at: "2026-11-27T11:05:00.000Z", actorName: "Rina Reviewer", before: null, after: { title: "Source" } },
        { id: 9, action: "item.correct", at: "2026-11-27T11:00:00.000Z", actorName: "Eko Editor", before: { kind: "direct", version: 4 }, after: { kind: "indirect", version: 5 } },
      ],
    };
    const facts = conflictFacts({ current: item, lastChange: null }, panel);
    expect(facts.lastVerdict).toMatchObject({ toStatus: "pending", version: 4 });
    expect(facts.lastEvent).toEqual({ who: "Eko Editor", did: "changed the kind", at: "2026-11-27T11:00:00.000Z" });
    expect(conflictText(facts, "changes")).toMatch(/^Eko Editor changed the kind on 27 Nov 2026, 11:00 UTC \(now version 5, verified\)/);
  });

  it("falls back to the 409's own last change when the history could not be read", () => {
    const facts = conflictFacts({ current: item, lastChange: { status: "verified", note: null, by: "Rina Reviewer", at: "2026-11-27T10:42:00.000Z" } }, null);
    expect(conflictText(facts, "note")).toMatch(/^Rina Reviewer changed this to verified on .* \(version 5\)/);
  });
});
