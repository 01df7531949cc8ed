import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client.ts";
import type { Role } from "@/lib/roles.ts";
import type { Actor } from "@/server/actor.ts";
import { useDatabaseForTests } from "@/server/runtime.ts";
import { firstItem, openSeededDatabase } from "@/test/seeded.ts";

// The actions run as whoever currentActor() says; Next's router refresh is a no-op here.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/current-actor.ts", () => ({ currentActor: async () => session.actor }));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));

const { addMissedItem, mergeSpeakers, removeItem, saveCorrection } = await import("./correction-actions.ts");
const { deleteCitation, loadItemPanel, saveCitationEdit, saveNewCitation, saveVerdict } = await import("./review-actions.ts");
const { refresh } = await import("next/cache");

let database: Database;
let as: Record<Role, Actor>;
let documentId: string;
let itemId: string;
const source = { url: "https://www.aljazeera.com/news/2023/1/16/nato", title: "NATO chief expects more heavy weapons", stance: "supports" as const };

beforeAll(async () => {
  ({ database, as, documentId } = await openSeededDatabase());
  useDatabaseForTests(database);
  itemId = (await firstItem(database, as.editor, documentId)).id;
});
afterAll(async () => {
  useDatabaseForTests(undefined);
  await database.close();
});
beforeEach(() => vi.mocked(refresh).mockClear());

describe("review actions", () => {
  it("load the panel for any signed-in role, and refuse without a session", async () => {
    session.actor = as.viewer;
    const result = await loadItemPanel(itemId);
    expect(result).toMatchObject({ ok: true, panel: { item: { id: itemId, version: 1 }, citations: [], verdicts: [], audit: [] } });
    session.actor = null;
    expect(await loadItemPanel(itemId)).toEqual({ ok: false, message: "Sign in first.", fields: undefined });
  });

  it("refuse a verdict without a citation with the service's sentence, and save one after a citation", async () => {
    session.actor = as.reviewer;
    const refused = await saveVerdict(itemId, { status: "verified", version: 1 });
    expect(refused).toMatchObject({ ok: false, needsCitation: true, message: "Add at least one citation before marking this quote verified." });

    const cited = await saveNewCitation(itemId, source);
    expect(cited).toMatchObject({ ok: true, panel: { citations: [{ title: source.title, addedBy: as.reviewer.name, accessedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }] } });

    const saved = await saveVerdict(itemId, { status: "verified", note: "Matches Handelsblatt", version: 1 });
    expect(saved).toMatchObject({ ok: true, panel: { item: { status: "verified", version: 2 }, verdicts: [{ fromStatus: "pending", toStatus: "verified", note: "Matches Handelsblatt", by: as.reviewer.name }] } });
    expect(saved.ok && saved.panel!.audit.map((e) => e.action)).toEqual(["item.verdict", "citation.add"]);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it("answer a stale save with the item as it is now, who changed it, and a fresh panel", async () => {
    session.actor = as.reviewer;
    const stale = await saveVerdict(itemId, { status: "disputed", note: "Typed before the other save", version: 1 });
    expect(stale).toMatchObject({
      ok: false,
      conflict: { current: { status: "verified", version: 2 }, lastChange: { status: "verified", by: as.reviewer.name } },
      panel: { item: { version: 2 } },
    });
    expect(refresh).toHaveBeenCalled();
  });

  it("put citation errors under their fields, and keep other reviewers' citations theirs", async () => {
    session.actor = as.reviewer;
    const bad = await saveNewCitation(itemId, { ...source, url: "javascript:alert(1)", title: " " });
    expect(bad).toMatchObject({ ok: false, message: "Check the fields marked below.", fields: { url: [expect.any(String)], title: ["Give the source a title."] } });

    const panel = (await loadItemPanel(itemId)) as { ok: true; panel: { citations: { id: string }[] } };
    const citationId = panel.panel.citations[0]!.id;
    session.actor = as.viewer;
    expect(await saveCitationEdit(citationId, { ...source, title: "Hijacked" })).toMatchObject({ ok: false, message: "Your role may not edit citations." });
    session.actor = as.editor;
    expect(await saveCitationEdit(citationId, { ...source, stance: "context" })).toMatchObject({ ok: true, panel: { citations: [{ stance: "context" }] } });
    expect(await deleteCitation(citationId)).toMatchObject({ ok: true, panel: { citations: [] } });
  });
});

describe("correction actions", () => {
  it("let an editor change the speaker by a new name, refuse a reviewer, and report stale versions", async () => {
    const quote = await firstItem(database, as.editor, documentId);
    session.actor = as.reviewer;
    expect(await saveCorrection(quote.id, { version: quote.version, speaker: "Jens S." })).toMatchObject({ ok: false, message: "Your role may not correct items." });
    session.actor = as.editor;
    const saved = await saveCorrection(quote.id, { version: quote.version, speaker: "NATO Secretary General" });
    expect(saved).toMatchObject({ ok: true, panel: { item: { speaker: { name: "NATO Secretary General" } } } });
    expect(await saveCorrection(quote.id, { version: quote.version, kind: "indirect" })).toMatchObject({ ok: false, conflict: { current: { id: quote.id } } });
  });

  it("merge a duplicate speaker into the item's, moving its quotes", async () => {
    session.actor = as.editor;
    const panel = (await loadItemPanel(itemId)) as { ok: true; panel: { item: { speaker: { id: string } } } };
    const duplicate = await addMissedItem(documentId, { type: "quote", kind: "indirect", start: 0, end: 20, speaker: "Stoltenberg Duplicate" });
    const dupSpeaker = duplicate.ok && duplicate.panel!.item.speaker!;
    expect(dupSpeaker).toMatchObject({ name: "Stoltenberg Duplicate" });
    const merged = await mergeSpeakers(itemId, { keepId: panel.panel.item.speaker.id, mergeId: (dupSpeaker as { id: string }).id });
    expect(merged).toMatchObject({ ok: true, panel: { item: { id: itemId } } });
  });

  it("add a missed claim from a span, and remove an item so it leaves the panel", async () => {
    session.actor = as.editor;
    const added = await addMissedItem(documentId, { type: "claim", start: 30, end: 90 });
    expect(added).toMatchObject({ ok: true, panel: { item: { type: "claim", start: expect.any(Number) } } });
    const id = added.ok ? added.panel!.item.id : "";
    expect(await removeItem(id, 1)).toEqual({ ok: true, panel: null });
    expect(await loadItemPanel(id)).toMatchObject({ ok: false, gone: true });
  });
});

describe("the forms' text the database would refuse", () => {
  it("comes back under the field, for a citation, a verdict note and a missed item's speaker", async () => {
    session.actor = as.editor;
    const nul = (label: string) => `The ${label} holds a NUL character (\\0); remove it.`;
    expect(await saveNewCitation(itemId, { ...source, publisher: "Al\0 Jazeera" })).toMatchObject({ ok: false, fields: { publisher: [nul("publisher")] } });
    expect(await saveVerdict(itemId, { status: "pending", note: "half \uD83D", version: 1 })).toMatchObject({
      ok: false,
      fields: { note: ["The note holds a broken character (half a UTF-16 surrogate pair); retype it."] },
    });
    expect(await addMissedItem(documentId, { type: "quote", kind: "direct", start: 0, end: 20, speaker: "Jens\0" })).toMatchObject({
      ok: false,
      fields: { speaker: [nul("speaker")] },
    });
  });
});
