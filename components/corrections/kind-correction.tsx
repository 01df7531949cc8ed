"use client";

import { useId, useState } from "react";
import { saveCorrection } from "@/app/documents/[id]/correction-actions.ts";
import type { QuoteKind } from "@/lib/items/labels.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { Button } from "../ui/button.tsx";
import { inputClass } from "../ui/field.tsx";
import type { ApplyResult } from "../review/use-review-results.ts";
import { CorrectionMessage } from "./correction-message.tsx";
import { useCorrection } from "./use-correction.ts";

/** A quote's kind: the speaker's own words (direct) or reported (indirect). */
export function KindCorrection({ item, apply }: { item: ItemView; apply: ApplyResult }) {
  const id = useId();
  // The item's kind until the editor picks one; a pick made against an older version of the item
  // (a colleague changed it, or a save was refused) no longer stands: the select shows the item again.
  const [draft, setDraft] = useState<{ kind: QuoteKind; version: number } | null>(null);
  const kind = (draft?.version === item.version ? draft.kind : null) ?? item.kind ?? "direct";
  const { pending, message, run } = useCorrection(apply);

  return (
    <div className="space-y-1">
      <label htmlFor={`${id}-kind`} className="block text-xs font-medium text-stone-800">
        Kind
      </label>
      <div className="flex gap-2">
        <select id={`${id}-kind`} value={kind} onChange={(e) => setDraft({ kind: e.target.value as QuoteKind, version: item.version })} className={inputClass} disabled={pending}>
          <option value="direct">Direct (own words, quoted)</option>
          <option value="indirect">Indirect (reported)</option>
        </select>
        <Button
          size="sm"
          variant="secondary"
          className="shrink-0"
          disabled={pending || kind === item.kind}
          onClick={() => run(() => saveCorrection(item.id, { version: item.version, kind }), `Kind changed to ${kind}.`, () => setDraft(null))}
        >
          Change kind
        </Button>
      </div>
      <CorrectionMessage message={message} />
    </div>
  );
}
