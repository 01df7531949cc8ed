"use client";

import { useCallback, useEffect, useState } from "react";
import { itemHash, itemIdFromHash } from "./item-hash.ts";

/** Where a selection came from: the reader scrolls whichever side did not make it. */
export type SelectOrigin = "list" | "text" | "key" | "hash";

export interface Selection {
  id: string;
  origin: SelectOrigin;
}

/**
 * The one place that knows which item of a document is selected. The selection lives in the
 * URL fragment (#item-<id>) too, so a link opens the document at that item; it is replaced,
 * not pushed, so stepping through items does not fill the back button's history.
 */
export function useItemSelection(ids: readonly string[]) {
  const [selection, setSelection] = useState<Selection | null>(null);

  const select = useCallback((id: string | null, origin: SelectOrigin) => {
    setSelection(id ? { id, origin } : null);
    const url = `${location.pathname}${location.search}${id ? itemHash(id) : ""}`;
    history.replaceState(history.state, "", url);
  }, []);

  const move = useCallback(
    (step: 1 | -1) => {
      if (ids.length === 0) return;
      const at = selection ? ids.indexOf(selection.id) : -1;
      const next = at < 0 ? (step > 0 ? 0 : ids.length - 1) : Math.min(ids.length - 1, Math.max(0, at + step));
      select(ids[next]!, "key");
    },
    [ids, selection, select],
  );

  // Read the fragment after hydration (the server never sees it), and follow in-page links to it.
  useEffect(() => {
    const fromHash = () => {
      const id = itemIdFromHash(location.hash);
      if (id && ids.includes(id)) setSelection({ id, origin: "hash" });
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [ids]);

  return { selection, selectedId: selection?.id ?? null, select, move };
}
