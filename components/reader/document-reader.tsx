"use client";

import { useEffect, useMemo, useRef } from "react";
import { itemLabel } from "../../lib/items/labels.ts";
import type { ItemView } from "../../server/items/item-view.ts";
import { ArticleText } from "./article-text.tsx";
import { ItemList } from "./item-list.tsx";
import { Legend } from "./legend.tsx";
import { scrollIntoContainer, smoothOrInstant } from "./scroll.ts";
import { useItemSelection } from "./use-item-selection.ts";
import { useKeyShortcuts } from "./use-key-shortcuts.ts";

/**
 * The document page's working area: the article with its marks on the left, the items on the
 * right, one selection shared by both. Selecting on one side brings the other into view.
 */
export function DocumentReader({ body, items }: { body: string; items: ItemView[] }) {
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  const { selection, selectedId, select, move } = useItemSelection(ids);
  const listRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLDivElement>(null);

  useKeyShortcuts({ j: () => move(1), k: () => move(-1), Escape: () => select(null, "key") });

  useEffect(() => {
    if (!selection) return;
    const list = listRef.current;
    const button = list?.querySelector<HTMLElement>(`[data-list-item-id="${selection.id}"]`);
    if (list && button && selection.origin !== "list") {
      scrollIntoContainer(list, button);
      // Someone stepping with j/k from inside the list keeps focus on the item they are on.
      if (list.contains(document.activeElement)) button.focus({ preventScroll: true });
    }
    if (selection.origin !== "text") {
      const mark = articleRef.current?.querySelector<HTMLElement>(`[data-item-id="${selection.id}"]`);
      mark?.scrollIntoView({ block: "center", behavior: smoothOrInstant() });
    }
  }, [selection]);

  const index = selectedId ? ids.indexOf(selectedId) : -1;
  const current = index >= 0 ? items[index]! : null;

  return (
    <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_23rem]">
      <section aria-label="Article text" className="min-w-0 rounded-lg border border-stone-200 bg-white px-8 py-6 shadow-sm">
        <div className="mb-5 border-b border-stone-100 pb-3">
          <Legend />
        </div>
        <div ref={articleRef} className="mx-auto max-w-[42rem]">
          <ArticleText body={body} items={items} selectedId={selectedId} onSelect={(id) => select(id, "text")} />
        </div>
      </section>

      <aside aria-label="Extracted items" className="lg:sticky lg:top-4">
        <h2 className="mb-2 flex items-baseline justify-between px-1 font-serif text-lg font-semibold">
          Items <span className="font-sans text-xs font-normal text-stone-500">{items.length} in reading order</span>
        </h2>
        <div ref={listRef} className="lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto lg:pr-1 lg:pb-1">
          <ItemList items={items} selectedId={selectedId} onSelect={(id) => select(id, "list")} />
        </div>
      </aside>

      {/* Tells screen-reader users what j/k landed on, since focus stays where it was. */}
      <p aria-live="polite" className="sr-only">
        {current ? `${itemLabel(current)}${current.speaker ? ` by ${current.speaker.name}` : ""}, ${index + 1} of ${items.length}` : ""}
      </p>
    </div>
  );
}
