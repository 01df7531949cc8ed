/**
 * Half-typed review text (a verdict note, a new citation) kept in the browser per item until it
 * is saved or discarded, so a reload, a crash or a closed tab on deadline loses nothing. Kept in
 * localStorage: it never leaves the reviewer's machine and is not shared with colleagues.
 */
export type DraftPart = "note" | "citation";

/** The little of Storage a draft needs (window.localStorage, or a Map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A draft older than this is stale: the item has moved on, and so has the reviewer. */
export const DRAFT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function draftKey(itemId: string, part: DraftPart): string {
  return `attest:draft:${itemId}:${part}`;
}

/** A draft's fields, or null when there is none, it is stale, or what is stored is not one. */
export function readDraft(storage: DraftStorage, key: string, now = Date.now()): Record<string, string> | null {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    stored = null;
  }
  if (!isDraft(stored) || now - stored.savedAt > DRAFT_TTL_MS) {
    storage.removeItem(key);
    return null;
  }
  return stored.fields;
}

/** Keeps the fields that hold text; with none, the draft is gone (nothing to restore). */
export function writeDraft(storage: DraftStorage, key: string, fields: Record<string, unknown>, now = Date.now()): void {
  const kept = Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== ""));
  try {
    if (Object.keys(kept).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ savedAt: now, fields: kept }));
  } catch {
    // A full or disabled storage: the form still works, the draft is just not kept.
  }
}

function isDraft(value: unknown): value is { savedAt: number; fields: Record<string, string> } {
  if (typeof value !== "object" || value === null) return false;
  const { savedAt, fields } = value as { savedAt?: unknown; fields?: unknown };
  return typeof savedAt === "number" && typeof fields === "object" && fields !== null && Object.values(fields).every((v) => typeof v === "string");
}
