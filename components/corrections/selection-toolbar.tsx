"use client";

import type { MouseEvent } from "react";
import { addMissedItem, saveCorrection } from "@/app/documents/[id]/correction-actions.ts";
import { truncate } from "@/lib/format/truncate.ts";
import { itemLabel } from "@/lib/items/labels.ts";
import { quoteFromSelection } from "@/lib/review/new-item-span.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { Button } from "../ui/button.tsx";
import type { ApplyResult } from "../review/use-review-results.ts";
import type { BodySpan } from "./use-article-selection.ts";
import { CorrectionMessage } from "./correction-message.tsx";
import { useCorrection } from "./use-correction.ts";

interface Props {
  span: BodySpan;
  body: string;
  documentId: string;
  /** The selected item, with the version the panel shows, or null when none is selected. */
  selected: ItemView | null;
  apply: ApplyResult;
  /** After a new item is added: the page selects it and says what happened. */
  onAdded(id: string, message: string): void;
  onClear(): void;
}

// Pressing a button would otherwise clear the browser's highlight of the words being used.
const keepSelection = (e: MouseEvent) => e.preventDefault();

/** What an editor can do with words selected in the article: re-span the selected item, or add a missed one. */
export function SelectionToolbar({ span, body, documentId, selected, apply, onAdded, onClear }: Props) {
  const { pending, message, run } = useCorrection(apply);
  const text = body.slice(span.start, span.end).trim();

  function respan() {
    if (!selected) return;
    run(() => saveCorrection(selected.id, { version: selected.version, start: span.start, end: span.end }), `${itemLabel(selected)} re-spanned.`, onClear);
  }

  function add(type: "quote" | "claim") {
    const q = type === "quote" ? quoteFromSelection(body, span.start, span.end) : { start: span.start, end: span.end, kind: undefined };
    run(
      () => addMissedItem(documentId, { type, kind: q.kind, start: q.start, end: q.end }),
      "Added.",
      (r) => {
        if (!r.panel) return;
        const label = itemLabel(r.panel.item).toLowerCase();
        onAdded(r.panel.item.id, type === "quote" ? `Added a ${label}. Set its speaker under Corrections.` : "Added a claim.");
      },
    );
  }

  return (
    <div role="region" aria-label="Selected text" data-testid="selection-toolbar" className="space-y-1.5 rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-xs text-blue-950">
      <p>
        <span className="font-semibold">Selected:</span> <q className="font-serif text-[0.85rem]">{truncate(text, 120)}</q>{" "}
        <span className="tabular-nums text-blue-800">
          (characters {span.start}–{span.end})
        </span>
      </p>
      <div className="flex flex-wrap items-center gap-1.5">
        <Button
          size="sm"
          onMouseDown={keepSelection}
          onClick={respan}
          disabled={pending || !selected}
          title={selected ? `Make these words the selected ${selected.type}'s span` : "Select an item first"}
        >
          Use selection as span
        </Button>
        <Button size="sm" variant="secondary" onMouseDown={keepSelection} onClick={() => add("quote")} disabled={pending}>
          Add as quote
        </Button>
        <Button size="sm" variant="secondary" onMouseDown={keepSelection} onClick={() => add("claim")} disabled={pending}>
          Add as claim
        </Button>
        <Button size="sm" variant="quiet" onClick={onClear} className="ml-auto" aria-label="Clear the selected text">
          Clear
        </Button>
      </div>
      <CorrectionMessage message={message} />
    </div>
  );
}
