"use client";

import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import { filtersToSearch, hasFilters, matchesFilters, speakerOptions, type ItemFilters } from "@/lib/items/item-filters.ts";
import { itemLabel } from "@/lib/items/labels.ts";
import { withText, type ReaderItem } from "@/lib/items/reader-items.ts";
import { stepSelection } from "@/lib/items/step-selection.ts";
import { droppedKeysNotice, planEarlyKeys } from "@/lib/review/early-keys.ts";
import type { PersonOption } from "@/lib/review/panel-types.ts";
import { roleAtLeast, type Role } from "@/lib/roles.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import type { RemovedItem } from "@/lib/views/removed-item.ts";
import { RemovedItems } from "../corrections/removed-items.tsx";
import { SelectionToolbar } from "../corrections/selection-toolbar.tsx";
import { useArticleSelection } from "../corrections/use-article-selection.ts";
import { FilterBar } from "../review/filter-bar.tsx";
import { ItemPanel } from "../review/item-panel.tsx";
import { KeyboardHelp } from "../review/keyboard-help.tsx";
import type { PanelCommands } from "../review/panel-commands.ts";
import { useItemPanel } from "../review/use-item-panel.ts";
import { useReviewResults } from "../review/use-review-results.ts";
import { ArticleText } from "./article-text.tsx";
import { itemIdFromHash } from "@/lib/items/item-hash.ts";
import { ItemList } from "./item-list.tsx";
import { Legend } from "./legend.tsx";
import { revealSelection, scrollIntoContainer } from "./scroll.ts";
import { takeEarlyKeys } from "./take-early-keys.ts";
import { useItemSelection } from "./use-item-selection.ts";
import { useReaderKeys } from "./use-reader-keys.ts";

interface Props {
  documentId: string;
  body: string;
  lang: string;
  /** The document's items without their text (`lib/items/reader-items.ts`): the body has it. */
  items: ReaderItem[];
  viewer: { id: string; role: Role };
  people: PersonOption[];
  initialFilters: ItemFilters;
  /** The document's removed items, for editors to restore (none for other roles). */
  removed?: RemovedItem[];
}

/**
 * The document page's working area: the article with its marks on the left; on the right the
 * filters, the items and the selected item's panel, one selection shared by both sides.
 * Selecting on one side brings the other into view.
 */
export function DocumentReader({ documentId, body, lang, items: sent, viewer, people, initialFilters, removed = [] }: Props) {
  const items: ItemView[] = useMemo(() => withText(body, documentId, sent), [body, documentId, sent]);
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  const { selection, selectedId, select } = useItemSelection(ids);
  const [filters, setFilters] = useState(initialFilters);
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const commands = useRef<PanelCommands>({});
  const isEditor = roleAtLeast(viewer.role, "editor");

  const shownItems = useMemo(() => items.filter((i) => matchesFilters(i, filters)), [items, filters]);
  const shownIds = useMemo(() => new Set(shownItems.map((i) => i.id)), [shownItems]);
  const dimmedIds = useMemo(() => (hasFilters(filters) ? new Set(ids.filter((id) => !shownIds.has(id))) : null), [filters, ids, shownIds]);
  const speakers = useMemo(() => speakerOptions(items), [items]);
  const names = useMemo(() => Object.fromEntries(people.map((p) => [p.id, p.name])), [people]);

  const index = selectedId ? ids.indexOf(selectedId) : -1;
  const current = index >= 0 ? items[index]! : null;
  const panel = useItemPanel(selectedId, current?.version ?? null);
  const review = useReviewResults(panel, names);
  const textSelection = useArticleSelection(textRef, isEditor);

  const step = useCallback(
    (by: 1 | -1) => {
      const next = stepSelection(ids, shownIds, selectedId, by);
      if (next && next !== selectedId) select(next, "key");
    },
    [ids, shownIds, selectedId, select],
  );

  const say = useCallback((text: string) => setNotice(text), []);
  // Stable, so the list's memoised rows re-render only when their own item or selection changes.
  const selectFromList = useCallback((id: string) => select(id, "list"), [select]);
  useEffect(() => {
    if (!notice) return;
    const t = window.setTimeout(() => setNotice(null), 5000);
    return () => window.clearTimeout(t);
  }, [notice]);

  useReaderKeys({ step, select, selectedId, viewer, commands, helpOpen, setHelpOpen, say });

  // Keys pressed while the page was loading (EarlyKeyBuffer) are caught up on once the page's
  // own listener is in place, from the item a link selected: j and k move, review keys are
  // never replayed (nothing was shown selected), and the page says so.
  const [keysReady, setKeysReady] = useState(false);
  const catchUpOnKeys = useEffectEvent((early: string[]) => {
    const linked = itemIdFromHash(location.hash);
    const start = linked && ids.includes(linked) ? linked : null;
    const plan = planEarlyKeys(early, ids, shownIds, start);
    if (plan.selectId !== start) select(plan.selectId, "key");
    if (plan.help) setHelpOpen(true);
    const dropped = droppedKeysNotice(plan.dropped);
    if (dropped) say(dropped);
    setKeysReady(true);
  });
  useEffect(() => {
    // Taken now, so that no key reaches both the buffer and the page's listener; replayed in a
    // microtask, which still runs before the next key event can.
    const early = takeEarlyKeys();
    queueMicrotask(() => catchUpOnKeys(early));
  }, []);

  function changeFilters(next: ItemFilters) {
    setFilters(next);
    // Replaced in place (Next keeps its router in step): no server round trip, and a reload keeps the filters.
    history.replaceState(null, "", `${location.pathname}${filtersToSearch(next, location.search)}${location.hash}`);
  }

  function afterRemoval() {
    if (!selectedId) return;
    const next = stepSelection(ids, shownIds, selectedId, 1);
    const fallback = next === selectedId ? stepSelection(ids, shownIds, selectedId, -1) : next;
    select(fallback && fallback !== selectedId ? fallback : null, "key");
    say("Item removed. It stays in the audit trail; Removed items, under the list, brings it back.");
  }

  useEffect(() => {
    if (!selection) return;
    const list = listRef.current;
    const button = list?.querySelector<HTMLElement>(`[data-list-item-id="${selection.id}"]`);
    if (list && button) {
      // Even a clicked item may need it: the list turns compact when the first item is selected.
      scrollIntoContainer(list, button);
      // Someone stepping with j/k from inside the list keeps focus on the item they are on.
      if (selection.origin !== "list" && list.contains(document.activeElement)) button.focus({ preventScroll: true });
    }
    revealSelection(articleRef.current?.querySelector<HTMLElement>(`[data-item-id="${selection.id}"]`), gridRef.current, selection.origin === "text");
  }, [selection]);

  // An item added from a text selection is selected before its list entry exists: show it once it does.
  // Only when the items change (the effect event reads the selection without reacting to it);
  // selection changes are handled above.
  const scrollToSelected = useEffectEvent(() => {
    const list = listRef.current;
    const button = selectedId ? list?.querySelector<HTMLElement>(`[data-list-item-id="${selectedId}"]`) : null;
    if (list && button) scrollIntoContainer(list, button);
  });
  useEffect(() => scrollToSelected(), [ids]);

  const selectedForToolbar = current && panel.data?.item.id === current.id ? panel.data.item : current;

  return (
    <div ref={gridRef} data-keys-ready={keysReady || undefined} className={`grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_27rem] ${selectedId ? "max-lg:pb-[55vh]" : ""}`}>
      <section aria-label="Article text" className="min-w-0 rounded-lg border border-stone-200 bg-white px-4 py-4 shadow-sm sm:px-8 sm:py-6">
        <div className="mb-5 border-b border-stone-100 pb-3">
          <Legend onShowKeys={() => setHelpOpen(true)} keysReady={keysReady} />
        </div>
        <div ref={articleRef} className="mx-auto max-w-[42rem]">
          <ArticleText body={body} items={items} selectedId={selectedId} onSelect={(id) => select(id, "text")} dimmedIds={dimmedIds} rootRef={textRef} />
        </div>
      </section>

      <aside aria-label="Extracted items" className="flex flex-col gap-2 lg:sticky lg:top-4 lg:h-[calc(100vh-2rem)]">
        <div className="flex items-baseline justify-between px-1">
          <h2 className="font-serif text-lg font-semibold">Items</h2>
          <span className="text-xs text-stone-500" aria-live="polite">
            {hasFilters(filters) ? `${shownItems.length} of ${items.length} shown` : `${items.length} in reading order`}
          </span>
        </div>
        <FilterBar filters={filters} onChange={changeFilters} speakers={speakers} />
        {notice && (
          <p role="status" className="rounded border border-stone-300 bg-stone-100 px-2 py-1 text-xs text-stone-800">
            {notice}
          </p>
        )}
        {isEditor && textSelection.span && (
          <SelectionToolbar
            span={textSelection.span}
            body={body}
            documentId={documentId}
            selected={selectedForToolbar}
            apply={review.apply}
            onClear={textSelection.clear}
            onAdded={(id, message) => {
              textSelection.clear();
              select(id, "key");
              say(message);
            }}
          />
        )}
        <div
          ref={listRef}
          className={`lg:overflow-y-auto lg:pr-1 lg:pb-1 ${selectedId ? "lg:max-h-[21vh] lg:shrink-0" : "lg:min-h-0 lg:flex-1"}`}
        >
          <ItemList
            items={shownItems}
            selectedId={selectedId}
            onSelect={selectFromList}
            compact={!!selectedId}
            emptyMessage={
              items.length > 0 ? (
                <>
                  No items match these filters.{" "}
                  <button type="button" className="underline underline-offset-2" onClick={() => changeFilters({})}>
                    Clear filters
                  </button>
                </>
              ) : undefined
            }
          />
          {removed.length > 0 && (
            <div className="mt-3">
              <RemovedItems
                items={removed}
                onRestored={(id) => {
                  select(id, "key");
                  say("Item restored, with its verdict and citations.");
                }}
              />
            </div>
          )}
        </div>
        {selectedId && (
          // Beside the list on a wide screen; on a narrow one, a sheet over the lower part of the window.
          <div className="flex min-h-0 flex-col max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-30 max-lg:max-h-[55vh] max-lg:px-1 max-lg:drop-shadow-[0_-4px_12px_rgb(0_0_0/0.18)] lg:flex-1">
            <ItemPanel
              key={selectedId}
              panel={panel}
              listed={current}
              body={body}
              lang={lang}
              documentId={documentId}
              viewer={viewer}
              people={people}
              names={names}
              review={review}
              commands={commands}
              onClose={() => select(null, "key")}
              onRemoved={afterRemoval}
            />
          </div>
        )}
      </aside>

      <KeyboardHelp open={helpOpen} role={viewer.role} onClose={() => setHelpOpen(false)} />

      {/* Tells screen-reader users what j/k landed on, since focus stays where it was. */}
      <p aria-live="polite" className="sr-only">
        {current ? `${itemLabel(current)}${current.speaker ? ` by ${current.speaker.name}` : ""}, ${index + 1} of ${items.length}` : ""}
      </p>
    </div>
  );
}
