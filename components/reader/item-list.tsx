"use client";

import { memo, useDeferredValue, type ReactNode } from "react";
import { formatScore } from "@/lib/format/format-score.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { ItemTypeBadge } from "../items/item-type-badge.tsx";
import { StatusBadge } from "../items/status-badge.tsx";

interface Props {
  items: readonly ItemView[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** One line of text per item, while the item panel shares the column. */
  compact?: boolean;
  /** Shown instead of the list when the filters leave nothing (the document has items). */
  emptyMessage?: ReactNode;
}

/**
 * Longest stretch of an item's text a row shows: three clamped lines hold less, the article has it
 * all. The same in compact rows, so a row says the same words whether an item is selected or not.
 */
export const ROW_TEXT_MAX = 280;
/** Rows in the server's HTML and the first (hydrating) render; the rest follow in a deferred render. */
export const FIRST_ROWS = 40;

/** The start of an item's text, cut at a word with an ellipsis when longer than `max`. */
export function rowText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * The side list: one button per item, in reading order. Enter or a click selects. Rows are
 * memoised (a new selection re-renders the two rows it concerns) and rows out of view are not
 * laid out (`content-visibility`), so a list of 500+ items stays quick to step through. The
 * page arrives with the first FIRST_ROWS rows (and the selected one): the rest are rendered
 * right after hydration, at a priority that lets a click or a key in first.
 */
export function ItemList({ items, selectedId, onSelect, compact = false, emptyMessage }: Props) {
  // false on the server and while hydrating, then true in a deferred render (React 19).
  const everyRow = useDeferredValue(true, false);
  const selectedAt = selectedId ? items.findIndex((i) => i.id === selectedId) : -1;
  const rows = everyRow ? items : items.slice(0, Math.max(FIRST_ROWS, selectedAt + 1));
  if (items.length === 0) {
    return <div className="px-1 py-6 text-sm text-stone-600">{emptyMessage ?? "No quotes or claims were found in this article."}</div>;
  }
  return (
    <ol className={compact ? "space-y-1" : "space-y-2"} aria-label="Quotes and claims">
      {rows.map((item) => (
        <li key={item.id} className={compact ? "item-entry-compact" : "item-entry"}>
          <ItemButton item={item} selected={item.id === selectedId} onSelect={onSelect} compact={compact} />
        </li>
      ))}
    </ol>
  );
}

const ItemButton = memo(function ItemButton({ item, selected, onSelect, compact }: { item: ItemView; selected: boolean; onSelect(id: string): void; compact: boolean }) {
  const isQuote = item.type === "quote";
  const who = item.speaker?.name ?? item.speakerMention ?? "Unknown speaker";
  return (
    <button
      type="button"
      data-list-item-id={item.id}
      aria-current={selected ? "true" : undefined}
      onClick={() => onSelect(item.id)}
      // The coloured edge is an inset shadow, not a border, so hover and selection can recolour the border alone.
      className={`item-row ${isQuote ? "item-row-quote" : "item-row-claim"} ${compact ? "py-1.5" : "py-2.5"}`}
    >
      {compact ? (
        <>
          <span className="flex items-center gap-1.5">
            <ItemTypeBadge item={item} />
            <StatusBadge status={item.status} />
            {isQuote && <span className="min-w-0 truncate text-xs font-semibold text-stone-900">{who}</span>}
          </span>
          <span className="mt-0.5 block truncate font-serif text-[0.85rem] text-stone-800">{rowText(item.text, ROW_TEXT_MAX)}</span>
        </>
      ) : (
        <>
          <span className="flex items-center gap-1.5">
            <ItemTypeBadge item={item} />
            <StatusBadge status={item.status} />
            <span className="ml-auto text-xs tabular-nums text-stone-500">
              {`${isQuote ? "extractor confidence" : "check-worthiness"} ${formatScore(item.score)}`}
            </span>
          </span>
          {isQuote ? (
            <span className="mt-1.5 block text-xs text-stone-700">
              <span className="font-semibold text-stone-900">{who}</span>
              {item.cue && <span className="text-stone-500">{` · “${item.cue}”`}</span>}
            </span>
          ) : (
            item.signals.length > 0 && <span className="mt-1.5 block text-xs text-stone-500">{item.signals.join(" · ")}</span>
          )}
          <span className="mt-1 line-clamp-3 font-serif text-[0.9rem] leading-snug text-stone-800">{rowText(item.text, ROW_TEXT_MAX)}</span>
        </>
      )}
    </button>
  );
});
