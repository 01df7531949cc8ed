"use client";

import { useCallback, useEffect, useState } from "react";
import { itemHash, itemIdFromHash } from "@/lib/items/item-hash.ts";

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
    // A null state lets Next take the new address into its router (a state carrying its own
    // marker is ignored), so the refresh after a save does not put the old address back.
    history.replaceState(null, "", url);
  }, []);

  // Read the fragment after hydration (the server never sees it), and follow in-page links to it.
  useEffect(() => {
    const fromHash = () => {
      const id = itemIdFromHash(location.hash);
      // The ids change on every refresh after a save: keep the same selection then, so nothing scrolls.
      if (id && ids.includes(id)) setSelection((s) => (s?.id === id ? s : { id, origin: "hash" }));
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [ids]);

  return { selection, selectedId: selection?.id ?? null, select };
}
