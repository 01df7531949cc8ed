import { stepSelection } from "../items/step-selection.ts";

/** The keys the page keeps while it is still loading (see components/reader/early-key-buffer.tsx). */
export const EARLY_KEYS = ["j", "k", "v", "d", "u", "c", "?"] as const;

export interface EarlyKeyPlan {
  /** Where j/k pressed during loading lead, from the item selected when the page came alive. */
  selectId: string | null;
  /** "?" pressed an odd number of times: the help opens. */
  help: boolean;
  /** Review keys pressed during loading, in order: not acted on. */
  dropped: string[];
}

/**
 * What keys pressed before the page was ready do once it is. Moving is safe to catch up on: the
 * reviewer sees where they land. A verdict or citation key is never replayed, because nothing
 * was shown selected when it was pressed; the page says it was ignored instead.
 */
export function planEarlyKeys(keys: readonly string[], order: readonly string[], shown: ReadonlySet<string>, selectedId: string | null): EarlyKeyPlan {
  let at = selectedId;
  let help = false;
  const dropped: string[] = [];
  for (const key of keys) {
    if (key === "j" || key === "k") at = stepSelection(order, shown, at, key === "j" ? 1 : -1);
    else if (key === "?") help = !help;
    else if ((EARLY_KEYS as readonly string[]).includes(key)) dropped.push(key);
  }
  return { selectId: at, help, dropped };
}

/** The notice for review keys that were pressed too early. */
export function droppedKeysNotice(dropped: readonly string[]): string | null {
  if (dropped.length === 0) return null;
  const keys = [...new Set(dropped)].join(", ");
  return `Pressed while the page was loading, ${keys} did nothing: no item was selected yet. Press it again now.`;
}
