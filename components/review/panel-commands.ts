import type { ItemStatus } from "@/lib/items/labels.ts";

/**
 * What the page's keys ask of the item panel. The panel's parts fill these in while they are
 * shown (and only for roles that may act), so a key with nothing behind it does nothing.
 */
export interface PanelCommands {
  saveVerdict?(status: Exclude<ItemStatus, "pending">): void;
  openCitationForm?(): void;
  /** Moves focus to "Add citation", after a verdict was refused for want of one. */
  offerCitation?(): void;
}
