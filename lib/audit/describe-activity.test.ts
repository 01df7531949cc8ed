import { describe, expect, it } from "vitest";
import { describeActivity, type ActivityEvent } from "./describe-activity.ts";

const RINA = "Rina Reviewer";
const EKO = "Eko Editor";
const STOLTENBERG = "8d2c6f2e-1111-4c3a-9a53-000000000001";
const SUNAK = "8d2c6f2e-1111-4c3a-9a53-000000000002";
const names = { [STOLTENBERG]: "Jens Stoltenberg", [SUNAK]: "Rishi Sunak" };

const event = (action: string, before: unknown, after: unknown, actorName: string | null = EKO): ActivityEvent => ({ action, actorName, before, after });
const sentence = (e: ActivityEvent) => {
  const d = describeActivity(e, names);
  return `${d.who} ${d.did}`;
};

describe("describeActivity: verdicts", () => {
  it("names the old and the new status, and the note", () => {
    const e = event("item.verdict", { status: "pending", version: 1 }, { status: "verified", version: 2, note: "Matches Handelsblatt" }, RINA);
    expect(sentence(e)).toBe("Rina Reviewer set a verdict: pending → verified");
    expect(describeActivity(e).changes).toEqual([{ label: "Note", before: null, after: "“Matches Handelsblatt”" }]);
  });

  it("shows no note line when the verdict had none", () => {
    expect(describeActivity(event("item.verdict", { status: "verified" }, { status: "disputed", note: null })).changes).toEqual([]);
  });
});

describe("describeActivity: corrections", () => {
  it("says the speaker changed, by name, from the ids it stored", () => {
    const e = event("item.correct", { speakerId: STOLTENBERG, version: 1 }, { speakerId: SUNAK, version: 2 });
    expect(sentence(e)).toBe("Eko Editor changed the speaker");
    expect(describeActivity(e, names).changes).toEqual([{ label: "Speaker", before: "Jens Stoltenberg", after: "Rishi Sunak" }]);
  });

  it("says when there was no speaker before, and when a speaker's id is no longer known", () => {
    const e = event("item.correct", { speakerId: null, version: 1 }, { speakerId: "8d2c6f2e-1111-4c3a-9a53-0000000000ff", version: 2 });
    expect(describeActivity(e, names).changes).toEqual([{ label: "Speaker", before: "none", after: "someone no longer listed" }]);
  });

  it("lists everything one correction changed, with the span as offsets", () => {
    const e = event(
      "item.correct",
      { kind: "direct", start: 120, end: 180, text: "old", speakerId: STOLTENBERG, version: 3 },
      { kind: "indirect", start: 118, end: 180, text: "new", speakerId: SUNAK, version: 4 },
    );
    expect(sentence(e)).toBe("Eko Editor changed the speaker, the kind and the span");
    expect(describeActivity(e, names).changes).toEqual([
      { label: "Speaker", before: "Jens Stoltenberg", after: "Rishi Sunak" },
      { label: "Kind", before: "direct", after: "indirect" },
      { label: "Span", before: "characters 120–180", after: "characters 118–180" },
    ]);
  });

  it("tells a removal from a restore", () => {
    expect(sentence(event("item.remove", { removedAt: null, version: 1 }, { removedAt: "2025-01-01T00:00:00.000Z", version: 2 }))).toBe("Eko Editor removed an item");
    expect(sentence(event("item.correct", { removedAt: "2025-01-01T00:00:00.000Z", version: 2 }, { removedAt: null, version: 3 }))).toBe("Eko Editor restored an item");
  });

  it("names the type of an item an editor added", () => {
    const e = event("item.add", null, { type: "claim", start: 10, end: 40 });
    expect(sentence(e)).toBe("Eko Editor added a missed claim");
    expect(describeActivity(e).changes).toEqual([{ label: "Span", before: null, after: "characters 10–40" }]);
  });
});

describe("describeActivity: re-extraction", () => {
  it("says what the new extractor changed on an item, like a correction", () => {
    const e = event("item.reextract", { start: 460, end: 546, version: 1 }, { start: 460, end: 574, version: 2, extractor: "attest-rules@0.2.0" }, null);
    expect(sentence(e)).toBe("Command line re-extracted an item and changed the span");
    expect(describeActivity(e).changes).toEqual([{ label: "Span", before: "characters 460–546", after: "characters 460–574" }]);
  });

  it("says when it dropped an item, and what it did to a document", () => {
    expect(sentence(event("item.reextract", { version: 1 }, { removedAt: "2026-11-27T12:00:00.000Z", version: 2, extractor: "attest-rules@0.2.0" }, null))).toBe(
      "Command line dropped an item the new extractor no longer finds",
    );
    const e = event("document.reextract", { extractor: "attest-rules@0.1.0" }, { extractor: "attest-rules@0.2.0", added: 2, removed: 1, changed: 3, reviewed: 4 }, null);
    expect(describeActivity(e)).toMatchObject({
      did: "re-extracted a document",
      changes: [
        { label: "Extractor", before: "attest-rules@0.1.0", after: "attest-rules@0.2.0" },
        { label: "Items", before: null, after: "2 added, 1 removed, 3 changed, 4 reviewed kept" },
      ],
    });
  });
});

describe("describeActivity: citations", () => {
  const citation = { url: "https://www.aljazeera.com/x", title: "NATO chief expects more heavy weapons", publisher: null, excerpt: null, stance: "supports", accessedAt: "2023-01-17" };

  it("shows an added source by its title and stance", () => {
    const e = event("citation.add", null, citation, RINA);
    expect(sentence(e)).toBe("Rina Reviewer added a citation");
    expect(describeActivity(e).changes).toEqual([{ label: "Source", before: null, after: "“NATO chief expects more heavy weapons” (supports)" }]);
  });

  it("shows only the fields an edit changed", () => {
    const e = event("citation.edit", citation, { ...citation, stance: "context", publisher: "Al Jazeera" });
    expect(describeActivity(e).changes).toEqual([
      { label: "Publisher", before: null, after: "Al Jazeera" },
      { label: "Stance", before: "supports", after: "context" },
    ]);
  });

  it("shows a removed source on the before side only", () => {
    expect(describeActivity(event("citation.remove", citation, null)).changes).toEqual([
      { label: "Source", before: "“NATO chief expects more heavy weapons” (supports)", after: null },
    ]);
  });

  it("shortens a long excerpt to one line", () => {
    const long = "word ".repeat(100);
    const [change] = describeActivity(event("citation.edit", { ...citation, excerpt: null }, { ...citation, excerpt: long })).changes;
    expect(change!.after!.length).toBeLessThanOrEqual(80);
    expect(change!.after).toMatch(/word…$/);
  });
});

describe("describeActivity: everything else", () => {
  it("describes an import with what the extractor found", () => {
    const e = event("document.import", null, { title: "NATO", quotes: 8, claims: 1 });
    expect(sentence(e)).toBe("Eko Editor imported a document");
    expect(describeActivity(e).changes).toEqual([{ label: "Found", before: null, after: "8 quotes, 1 claim" }]);
  });

  it("credits changes made without an account to the command line", () => {
    const e = event("user.create", null, { email: "eko@attest.local", role: "editor" }, null);
    expect(sentence(e)).toBe("Command line added an account");
    expect(describeActivity(e).changes).toEqual([
      { label: "Email", before: null, after: "eko@attest.local" },
      { label: "Role", before: null, after: "editor" },
    ]);
  });

  it("names whom an API token was made for", () => {
    const e = event("token.create", null, { userId: SUNAK, prefix: "att_abc123" }, null);
    expect(describeActivity(e, names)).toMatchObject({ did: "created an API token", changes: [{ label: "For", after: "Rishi Sunak" }] });
  });

  it("describes a merge of speakers by their names", () => {
    const e = event("person.merge", { keep: { name: "Volodymyr Zelenskyy" }, merge: { name: "Zelensky" } }, { kept: { name: "Volodymyr Zelenskyy" }, items: 2 });
    expect(describeActivity(e)).toMatchObject({
      did: "merged two speakers",
      changes: [
        { label: "Speaker", before: "Zelensky", after: "Volodymyr Zelenskyy" },
        { label: "Items moved", after: "2" },
      ],
    });
  });

  it("still says something for an action it does not know, and for payloads that are not objects", () => {
    expect(sentence(event("document.archive", "odd", [1, 2]))).toBe("Eko Editor made a change (document.archive)");
    expect(sentence(event("item.verdict", null, "verified"))).toBe("Eko Editor set a verdict");
  });
});
