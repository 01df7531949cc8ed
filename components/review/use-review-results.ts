"use client";

import { useCallback, useState } from "react";
import type { NameLookup } from "@/lib/audit/describe-activity.ts";
import { conflictFacts, conflictText } from "@/lib/review/conflict-text.ts";
import type { ReviewResult } from "@/lib/review/panel-types.ts";
import type { ItemView } from "@/lib/views/item-view.ts";
import type { ItemPanelHandle } from "./use-item-panel.ts";

/** Which part of the panel a refused save came from: its conflict message shows there. */
export type ConflictSource = "verdict" | "correction";

export interface ConflictNotice {
  source: ConflictSource;
  text: string;
  current: ItemView;
  /** The note of the verdict that beat this save, to weigh against one's own. */
  theirNote: string | null;
}

/**
 * What the panel does with any review action's answer, in one place: fresh data replaces the
 * panel, a stale save leaves a conflict notice (and the fresh item, so the next save works),
 * and a vanished item is read again so the panel can say so. Forms keep what was typed; they
 * only read `fields` and `needsCitation` off the result they get back.
 */
export function useReviewResults(panel: ItemPanelHandle, names: NameLookup) {
  const [conflict, setConflict] = useState<ConflictNotice | null>(null);
  const { replace, reload, itemId } = panel;

  // A conflict notice is about the item it happened on: it goes as the panel moves to another
  // item, in the same render (React's pattern for resetting state when a prop changes).
  const [conflictItemId, setConflictItemId] = useState(itemId);
  if (conflictItemId !== itemId) {
    setConflictItemId(itemId);
    setConflict(null);
  }

  const apply = useCallback(
    (result: ReviewResult, source: ConflictSource): ReviewResult => {
      if (result.ok) {
        setConflict(null);
        if (result.panel) replace(result.panel);
      } else if (result.conflict) {
        if (result.panel) replace(result.panel);
        const facts = conflictFacts(result.conflict, result.panel ?? null, names);
        const winner = facts.lastVerdict?.version === facts.current.version ? facts.lastVerdict : null;
        setConflict({ source, text: conflictText(facts, source === "verdict" ? "note" : "changes"), current: result.conflict.current, theirNote: winner?.note ?? null });
      } else if (result.gone) {
        reload();
      }
      return result;
    },
    [replace, reload, names],
  );

  return { conflict, apply, dismissConflict: () => setConflict(null) };
}

export type ApplyResult = ReturnType<typeof useReviewResults>["apply"];
