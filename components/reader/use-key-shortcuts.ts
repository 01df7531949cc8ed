"use client";

import { useEffect, useRef } from "react";
import { isTypingTarget } from "@/lib/review/typing-target.ts";

export type KeyBindings = Partial<Record<string, () => void>>;

/**
 * Single-key shortcuts for a page ("j", "k", "Escape" …). They stay quiet while someone types in a
 * field or holds a modifier, so Ctrl+K, browser shortcuts and typing a "j" keep working; Escape
 * in a field leaves it.
 */
export function useKeyShortcuts(bindings: KeyBindings) {
  const latest = useRef(bindings);
  useEffect(() => {
    latest.current = bindings;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (isTypingTarget(event.target)) {
        // Escape leaves the field (what was typed stays), so the next j or v is a shortcut again.
        if (event.key === "Escape" && event.target instanceof HTMLElement) {
          event.preventDefault();
          event.target.blur();
        }
        return;
      }
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
