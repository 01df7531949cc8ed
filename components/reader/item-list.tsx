"use client";

import type { ReactNode } from "react";
import { formatScore } from "../../lib/format/format-score.ts";
import type { ItemView } from "../../lib/views/item-view.ts";
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

/** The side list: one button per item, in reading order. Enter or a click selects. */
export function ItemList({ items, selectedId, onSelect, compact = false, emptyMessage }: Props) {
  if (items.length === 0) {
    return <div className="px-1 py-6 text-sm text-stone-600">{emptyMessage ?? "No quotes or claims were found in this article."}</div>;
  }
  return (
    <ol className={compact ? "space-y-1" : "space-y-2"} aria-label="Quotes and claims">
      {items.map((item) => (
        <li key={item.id}>
          <ItemButton item={item} selected={item.id === selectedId} onSelect={onSelect} compact={compact} />
        </li>
      ))}
    </ol>
  );
}

function ItemButton({ item, selected, onSelect, compact }: { item: ItemView; selected: boolean; onSelect(id: string): void; compact: boolean }) {
  const isQuote = item.type === "quote";
  const who = item.speaker?.name ?? item.speakerMention ?? "Unknown speaker";
  return (
    <button
      type="button"
      data-list-item-id={item.id}
      aria-current={selected ? "true" : undefined}
      onClick={() => onSelect(item.id)}
      // The coloured edge is an inset shadow, not a border, so hover and selection can recolour the border alone.
      className={`block w-full rounded-md border bg-white pr-3 pl-4 text-left text-sm transition-colors ${compact ? "py-1.5" : "py-2.5"} ${
        selected ? "border-stone-900 ring-1 ring-stone-900" : "border-stone-200 hover:border-stone-400"
      } ${isQuote ? "shadow-[inset_4px_0_0_var(--color-amber-400)]" : "shadow-[inset_4px_0_0_var(--color-sky-500)]"}`}
    >
      {compact ? (
        <>
          <span className="flex items-center gap-1.5">
            <ItemTypeBadge item={item} />
            <StatusBadge status={item.status} />
            {isQuote && <span className="min-w-0 truncate text-xs font-semibold text-stone-900">{who}</span>}
          </span>
          <span className="mt-0.5 block truncate font-serif text-[0.85rem] text-stone-800">{item.text}</span>
        </>
      ) : (
        <>
          <span className="flex items-center gap-1.5">
            <ItemTypeBadge item={item} />
            <StatusBadge status={item.status} />
            <span className="ml-auto text-xs tabular-nums text-stone-500" title={isQuote ? "Extractor's confidence" : "Check-worthiness"}>
              {isQuote ? "conf." : "worth"} {formatScore(item.score)}
            </span>
          </span>
          {isQuote ? (
            <span className="mt-1.5 block text-xs text-stone-700">
              <span className="font-semibold text-stone-900">{who}</span>
              {item.cue && <span className="text-stone-500"> · “{item.cue}”</span>}
            </span>
          ) : (
            item.signals.length > 0 && <span className="mt-1.5 block text-xs text-stone-500">{item.signals.join(" · ")}</span>
          )}
          <span className="mt-1 line-clamp-3 font-serif text-[0.9rem] leading-snug text-stone-800">{item.text}</span>
        </>
      )}
    </button>
  );
}
