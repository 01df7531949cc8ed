import { describe, expect, it } from "vitest";
import { DRAFT_TTL_MS, draftKey, readDraft, writeDraft, type DraftStorage } from "./drafts.ts";

function memory(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe("review drafts", () => {
  const key = draftKey("item-1", "note");

  it("keeps a draft per item and part, and gives back its text fields", () => {
    const storage = memory();
    writeDraft(storage, key, { note: "Kyiv says otherwise", version: 3 as unknown as string }, 1000);
    expect(readDraft(storage, key, 2000)).toEqual({ note: "Kyiv says otherwise" });
    expect(readDraft(storage, draftKey("item-1", "citation"), 2000)).toBeNull();
    expect(readDraft(storage, draftKey("item-2", "note"), 2000)).toBeNull();
  });

  it("forgets a draft whose fields are all empty or blank", () => {
    const storage = memory();
    writeDraft(storage, key, { note: "x" }, 1000);
    writeDraft(storage, key, { note: "   ", url: "" }, 1000);
    expect(storage.map.size).toBe(0);
  });

  it("drops a stale draft and anything stored under its key that is not a draft", () => {
    const storage = memory();
    writeDraft(storage, key, { note: "old" }, 0);
    expect(readDraft(storage, key, DRAFT_TTL_MS + 1)).toBeNull();
    expect(storage.map.has(key)).toBe(false);
    for (const junk of ["{", "42", JSON.stringify({ savedAt: 1, fields: { note: 5 } })]) {
      storage.setItem(key, junk);
      expect(readDraft(storage, key, 2)).toBeNull();
      expect(storage.map.has(key)).toBe(false);
    }
  });

  it("does not throw when the browser refuses to store", () => {
    const storage = { ...memory(), setItem: () => { throw new Error("QuotaExceededError"); } };
    expect(() => writeDraft(storage, key, { note: "x" })).not.toThrow();
  });
});
