"use client";

import { useState, useTransition } from "react";
import { restoreRemovedItem } from "@/app/documents/[id]/correction-actions.ts";
import { formatDateTime } from "@/lib/format/format-date.ts";
import { itemLabel, STATUS_LABEL } from "@/lib/items/labels.ts";
import type { RemovedItem } from "@/lib/views/removed-item.ts";
import { Button } from "../ui/button.tsx";

/**
 * An editor's way back from a removal: the document's removed items, each with Restore. A
 * restored item returns to the lists with its verdict and citations, and is selected.
 */
export function RemovedItems({ items, onRestored }: { items: RemovedItem[]; onRestored(id: string): void }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  if (items.length === 0) return null;

  function restore(item: RemovedItem) {
    startTransition(async () => {
      setMessage(null);
      const result = await restoreRemovedItem(item.id, item.version);
      if (result.ok) onRestored(item.id);
      else setMessage(result.message);
    });
  }

  return (
    <details className="rounded-md border border-stone-200 bg-white text-sm" data-testid="removed-items">
      <summary className="cursor-pointer px-3 py-2 text-stone-700">
        Removed items <span className="tabular-nums text-stone-500">({items.length})</span>
      </summary>
      <ul className="divide-y divide-stone-100 border-t border-stone-100">
        {items.map((item) => (
          <li key={item.id} className="flex items-start gap-3 px-3 py-2">
            <div className="min-w-0 flex-1">
              <p className="text-xs text-stone-500">
                {itemLabel(item)}
                {item.speaker ? ` · ${item.speaker}` : ""} · {STATUS_LABEL[item.status]} · removed {formatDateTime(item.removedAt)}
              </p>
              <p className="line-clamp-2 font-serif break-words text-stone-800">{item.text}</p>
            </div>
            <Button size="sm" variant="secondary" disabled={pending} onClick={() => restore(item)} aria-label={`Restore: ${item.text.slice(0, 60)}`}>
              Restore
            </Button>
          </li>
        ))}
      </ul>
      {message && (
        <p role="alert" className="border-t border-stone-100 px-3 py-2 text-xs text-red-700">
          {message}
        </p>
      )}
    </details>
  );
}
