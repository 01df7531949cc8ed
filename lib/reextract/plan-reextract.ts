import type { FoundItem } from "./found-items.ts";
import { overlapRatio, overlaps, SAME_ITEM_OVERLAP, type Span } from "./span-overlap.ts";

/** A stored item as the plan sees it. */
export interface StoredItem extends Span {
  id: string;
  type: "quote" | "claim";
  kind: "direct" | "indirect" | null;
  text: string;
  speaker: { id: string; name: string; aliases: string[] } | null;
  version: number;
  /** Has a verdict or a citation, was corrected or removed by an editor, or was added by hand. */
  reviewed: boolean;
  removed: boolean;
}

export type ChangedField = "speaker" | "kind" | "span";

export interface ItemChange {
  item: StoredItem;
  to: FoundItem;
  fields: ChangedField[];
}

/** What running the extractor again would do to one document's items. */
export interface ReextractPlan {
  add: FoundItem[];
  /** Unreviewed items the extractor no longer finds. */
  remove: StoredItem[];
  /** Unreviewed items found again at about the same span, with another speaker, kind or span. */
  change: ItemChange[];
  /** Unreviewed items found again as they are. */
  unchanged: StoredItem[];
  /** Left exactly as they are, whatever the extractor finds now. */
  reviewed: StoredItem[];
  /** Found items not added because they overlap a reviewed item: the reviewer's word stands there. */
  heldBack: { found: FoundItem; by: StoredItem }[];
}

/**
 * Moves a document's stored items onto what the extractor finds now. Reviewed items are
 * never touched: a found item matching one is that item found again, and any other found
 * item overlapping one is held back, so a reviewed span never gets an unreviewed twin.
 * The rest are matched one to one, quotes with quotes and claims with claims, greedily by
 * overlap as the scorer does: matched and different is a change, unmatched found is an
 * addition, unmatched stored a removal. Items removed earlier without review play no part.
 */
export function planReextract(stored: readonly StoredItem[], found: readonly FoundItem[]): ReextractPlan {
  const reviewed = stored.filter((s) => s.reviewed);
  const open = stored.filter((s) => !s.reviewed && !s.removed);

  const foundAgain = new Set(matchOneToOne(found, reviewed).map(([f]) => f));
  const heldBack: ReextractPlan["heldBack"] = [];
  const candidates: FoundItem[] = [];
  for (const f of found) {
    if (foundAgain.has(f)) continue;
    const by = reviewed.find((r) => r.type === f.type && overlaps(r, f));
    if (by) heldBack.push({ found: f, by });
    else candidates.push(f);
  }

  const pairs = matchOneToOne(candidates, open);
  const matchedFound = new Set(pairs.map(([f]) => f));
  const matchedStored = new Set(pairs.map(([, s]) => s));
  const change: ItemChange[] = [];
  const unchanged: StoredItem[] = [];
  for (const [to, item] of pairs) {
    const fields = changedFields(item, to);
    if (fields.length) change.push({ item, to, fields });
    else unchanged.push(item);
  }
  return {
    add: candidates.filter((f) => !matchedFound.has(f)),
    remove: open.filter((s) => !matchedStored.has(s)),
    change: change.sort((a, b) => a.item.start - b.item.start),
    unchanged: unchanged.sort((a, b) => a.start - b.start),
    reviewed,
    heldBack,
  };
}

/** Whether the plan would write anything at all. */
export function planChanges(plan: ReextractPlan): number {
  return plan.add.length + plan.remove.length + plan.change.length;
}

export function changedFields(item: StoredItem, to: FoundItem): ChangedField[] {
  const fields: ChangedField[] = [];
  if (!sameSpeaker(item.speaker, to.speaker)) fields.push("speaker");
  if (item.kind !== to.kind) fields.push("kind");
  if (item.start !== to.start || item.end !== to.end) fields.push("span");
  return fields;
}

/** A speaker merged into another keeps the old name as an alias: finding it under that name is no change. */
function sameSpeaker(stored: StoredItem["speaker"], found: string | null): boolean {
  if (!stored || !found) return !stored && !found;
  const name = found.toLowerCase();
  return stored.name.toLowerCase() === name || stored.aliases.some((a) => a.toLowerCase() === name);
}

/** The scorer's matching: every pair of the same type sharing half the longer span, best overlap first, each item used once. */
function matchOneToOne<S extends Span & { type: string }>(found: readonly FoundItem[], stored: readonly S[]): [FoundItem, S][] {
  const candidates: [number, number, number][] = [];
  found.forEach((f, i) =>
    stored.forEach((s, j) => {
      if (f.type !== s.type) return;
      const ratio = overlapRatio(f, s);
      if (ratio >= SAME_ITEM_OVERLAP) candidates.push([ratio, i, j]);
    }),
  );
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedFound = new Set<number>();
  const usedStored = new Set<number>();
  const pairs: [FoundItem, S][] = [];
  for (const [, i, j] of candidates) {
    if (usedFound.has(i) || usedStored.has(j)) continue;
    usedFound.add(i);
    usedStored.add(j);
    pairs.push([found[i]!, stored[j]!]);
  }
  return pairs;
}
