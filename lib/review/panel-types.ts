import type { ItemView } from "../views/item-view.ts";
import type { ItemStatus } from "../items/labels.ts";
import type { STANCES } from "../validations/citation.ts";

export type Stance = (typeof STANCES)[number];

/** A source on an item, with the name of whoever added it. */
export interface PanelCitation {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  stance: Stance;
  accessedAt: string;
  createdBy: string | null;
  addedBy: string | null;
  createdAt: string;
}

/** One row of the append-only verdict history. */
export interface PanelVerdict {
  id: string;
  fromStatus: ItemStatus;
  toStatus: ItemStatus;
  note: string | null;
  version: number;
  createdAt: string;
  by: string | null;
}

/** One audit event on the item, newest first. */
export interface PanelAuditEvent {
  id: number;
  action: string;
  at: string;
  actorName: string | null;
  before: unknown;
  after: unknown;
}

/** Everything the item panel shows, read on the server in one go. */
export interface ItemPanelData {
  item: ItemView;
  citations: PanelCitation[];
  verdicts: PanelVerdict[];
  audit: PanelAuditEvent[];
  /** Names of the people the audit trail mentions by id (a speaker before a correction), by id. */
  names?: Record<string, string>;
}

/** A person as the speaker controls offer them. */
export interface PersonOption {
  id: string;
  name: string;
  aliases: string[];
  quotes: number;
}

/** The 409 body's members: the item as it is now and the newest verdict. */
export interface ConflictPayload {
  current: ItemView;
  lastChange: { status: ItemStatus; note: string | null; by: string | null; at: string } | null;
}

/**
 * What every review action answers. On success, the panel as it is after the change (so the
 * client needs no second request); on failure, a message and what the form needs to react.
 */
export type ReviewResult =
  | { ok: true; panel: ItemPanelData | null; message?: string }
  | {
      ok: false;
      message: string;
      fields?: Record<string, string[]>;
      /** A verdict other than pending was refused for want of a citation (422). */
      needsCitation?: boolean;
      /** The save was made against an old version (409). */
      conflict?: ConflictPayload;
      /** The item as it is now, when the failure means the panel must show fresh data. */
      panel?: ItemPanelData | null;
      /** The item (or citation) no longer exists. */
      gone?: boolean;
    };
