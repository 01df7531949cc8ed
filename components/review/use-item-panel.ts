"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadItemPanel } from "@/app/documents/[id]/review-actions.ts";
import type { ItemPanelData } from "@/lib/review/panel-types.ts";

export interface PanelState {
  itemId: string | null;
  data: ItemPanelData | null;
  loading: boolean;
  error: string | null;
  /** The item no longer exists (removed by an editor since the page loaded). */
  gone: boolean;
}

const EMPTY: PanelState = { itemId: null, data: null, loading: false, error: null, gone: false };
// j/k held down moves through many items: only the one the reviewer stops on is fetched.
const SETTLE_MS = 80;

/**
 * The selected item's panel data, read on the server. An item seen before shows at once from
 * memory while a fresh copy loads (someone may have added a citation since). A save's answer
 * replaces the data directly; it is fetched again only when the list's version of the item
 * moves past the panel's, which means someone else changed it.
 */
export function useItemPanel(itemId: string | null, listedVersion: number | null) {
  const cache = useRef(new Map<string, ItemPanelData>());
  const ticket = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const [state, setState] = useState<PanelState>(EMPTY);
  const shown = useRef(state);
  useEffect(() => {
    shown.current = state;
  });

  const load = useCallback((id: string, delay: number) => {
    const mine = ++ticket.current;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(async () => {
      const result = await loadItemPanel(id).catch(() => ({ ok: false as const, message: "The server could not be reached. Check the connection and try again." }));
      if (mine !== ticket.current) return;
      if (result.ok && result.panel) {
        cache.current.set(id, result.panel);
        setState({ itemId: id, data: result.panel, loading: false, error: null, gone: false });
      } else if (!result.ok) {
        const gone = "gone" in result && !!result.gone;
        if (gone) cache.current.delete(id);
        setState((s) => ({ ...s, data: gone ? null : s.data, loading: false, error: result.message, gone }));
      }
    }, delay);
  }, []);

  // Nothing selected: the panel empties in this render (and the effect drops any read in flight).
  if (!itemId && state !== EMPTY) setState(EMPTY);

  useEffect(() => {
    if (!itemId) {
      ticket.current++;
      return;
    }
    const now = shown.current;
    if (now.itemId === itemId && now.data && now.data.item.version === listedVersion && !now.error) return;
    const cached = cache.current.get(itemId) ?? null;
    setState((s) => (s.itemId === itemId ? { ...s, loading: true } : { itemId, data: cached, loading: true, error: null, gone: false }));
    load(itemId, SETTLE_MS);
  }, [itemId, listedVersion, load]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  /** Shows data a save answered with, and drops any read still in flight (it would be older). */
  const replace = useCallback((data: ItemPanelData) => {
    ticket.current++;
    window.clearTimeout(timer.current);
    cache.current.set(data.item.id, data);
    setState({ itemId: data.item.id, data, loading: false, error: null, gone: false });
  }, []);

  const reload = useCallback(() => {
    if (!itemId) return;
    setState((s) => ({ ...s, loading: true, error: null }));
    load(itemId, 0);
  }, [itemId, load]);

  return { ...state, replace, reload };
}

export type ItemPanelHandle = ReturnType<typeof useItemPanel>;
