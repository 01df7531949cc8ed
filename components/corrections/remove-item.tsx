"use client";

import { removeItem } from "@/app/documents/[id]/correction-actions.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import { ConfirmButton } from "../ui/confirm-button.tsx";
import type { ApplyResult } from "../review/use-review-results.ts";
import { CorrectionMessage } from "./correction-message.tsx";
import { useCorrection } from "./use-correction.ts";

/** Removes a false item: kept in the database and its history, gone from every list. */
export function RemoveItem({ item, apply, onRemoved }: { item: ItemView; apply: ApplyResult; onRemoved(): void }) {
  const { pending, message, run } = useCorrection(apply);
  return (
    <div className="space-y-1">
      <ConfirmButton
        label="Remove item"
        size="sm"
        variant="secondary"
        disabled={pending}
        question={`Remove this ${item.type}? It stays in the history but leaves every list.`}
        confirmLabel="Yes, remove it"
        onConfirm={() => run(() => removeItem(item.id, item.version), "Removed.", onRemoved)}
      />
      <CorrectionMessage message={message} />
    </div>
  );
}
