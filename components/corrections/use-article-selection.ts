"use client";

import { useCallback, useEffect, useState, type RefObject } from "react";
import { rangeToSpan } from "@/lib/review/selection-offsets.ts";

export interface BodySpan {
  start: number;
  end: number;
}

/**
 * The words an editor has selected in the article, as body offsets. The span stays after the
 * browser's selection goes (clicking a button may clear it) until the editor selects elsewhere
 * in the article, clicks in it, uses the span or clears it.
 */
export function useArticleSelection(root: RefObject<HTMLElement | null>, enabled: boolean) {
  const [span, setSpan] = useState<BodySpan | null>(null);

  useEffect(() => {
    if (!enabled) return;
    function onChange() {
      const el = root.current;
      const selection = document.getSelection();
      if (!el || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (selection.isCollapsed) {
        if (el.contains(range.startContainer)) setSpan(null);
        return;
      }
      const next = rangeToSpan(range, el);
      if (next) setSpan((prev) => (prev && prev.start === next.start && prev.end === next.end ? prev : next));
    }
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [root, enabled]);

  const clear = useCallback(() => {
    setSpan(null);
    document.getSelection()?.removeAllRanges();
  }, []);

  return { span, clear };
}
