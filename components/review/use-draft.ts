"use client";

import { useEffect, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { draftKey, readDraft, writeDraft, type DraftPart } from "@/lib/review/drafts.ts";

const storage = () => (typeof window === "undefined" ? null : window.localStorage);

/**
 * What was typed into one of an item's review forms, kept in this browser as it is typed
 * (lib/review/drafts.ts). `restored` is the draft found when the form opened, to merge into its
 * defaults; `discard` forgets it, after a save or when the reviewer throws the text away.
 */
export function useDraft<T extends FieldValues>(itemId: string, part: DraftPart, fields: readonly Path<T>[]) {
  const key = draftKey(itemId, part);
  // Read once, as the form is created: the panel renders only in the browser.
  const [restored] = useState(() => {
    const s = storage();
    return s ? (readDraft(s, key) as Partial<T> | null) : null;
  });
  return { restored, key, discard: () => storage()?.removeItem(key), fields };
}

/** Writes the form's text fields to the draft as they change. */
export function useKeepDraft<T extends FieldValues>(form: UseFormReturn<T>, draft: ReturnType<typeof useDraft<T>>) {
  const { key, fields } = draft;
  useEffect(() => {
    const sub = form.watch((values) => {
      const s = storage();
      if (s) writeDraft(s, key, Object.fromEntries(fields.map((f) => [f, values[f]])));
    });
    return () => sub.unsubscribe();
  }, [form, key, fields]);
}

/** Whether this browser holds a draft for the item's form (read in the browser only). */
export function hasDraft(itemId: string, part: DraftPart): boolean {
  const s = storage();
  return !!s && readDraft(s, draftKey(itemId, part)) !== null;
}
