"use client";

import { useEffect, useRef } from "react";

export type KeyBindings = Partial<Record<string, () => void>>;

/**
 * Single-key shortcuts for a page ("j", "k", "Escape" …). They stay quiet while someone types in a
 * field or holds a modifier, so Ctrl+K, browser shortcuts and typing a "j" keep working.
 */
export function useKeyShortcuts(bindings: KeyBindings) {
  const latest = useRef(bindings);
  useEffect(() => {
    latest.current = bindings;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** Whether a key press is someone typing: in a text field, a select, or editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean; type?: string } | null;
  if (!el || typeof el.tagName !== "string") return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  // Checkboxes, radios and buttons take no text: shortcuts still work on them.
  return tag === "INPUT" && !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes((el.type ?? "text").toLowerCase());
}
