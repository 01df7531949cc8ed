import { EARLY_KEYS } from "./early-keys.ts";
import { isTypingTarget } from "./typing-target.ts";

/** Where the buffer leaves its keys for the page: `window[EARLY_KEYS_GLOBAL].take()`. */
export const EARLY_KEYS_GLOBAL = "__attestEarlyKeys";

export interface EarlyKeyBuffer {
  /** The keys pressed so far, in order; the buffer stops listening. */
  take(): string[];
}

/**
 * The source of a tiny inline script that notes the page's single-key shortcuts from first paint,
 * before React has hydrated and its own listener exists (the better part of a second on a slow
 * laptop). It listens exactly as useKeyShortcuts does: no modifiers, nothing typed in a field.
 */
export function earlyKeyScript(): string {
  return `(function(isTyping,keys){var q=[];function onKey(e){if(e.defaultPrevented||e.altKey||e.ctrlKey||e.metaKey||e.isComposing||isTyping(e.target))return;if(keys.indexOf(e.key)>=0)q.push(e.key)}addEventListener("keydown",onKey);window[${JSON.stringify(EARLY_KEYS_GLOBAL)}]={take:function(){removeEventListener("keydown",onKey);var k=q;q=[];return k}}})(${isTypingTarget.toString()},${JSON.stringify(EARLY_KEYS)});`;
}
