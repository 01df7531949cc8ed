import { describeActivity, type NameLookup } from "../audit/describe-activity.ts";
import { formatDateTime } from "../format/format-date.ts";
import { STATUS_LABEL, type ItemStatus } from "../items/labels.ts";
import type { ConflictPayload, ItemPanelData } from "./panel-types.ts";

/** What the panel knows after a save was refused as stale (409). */
export interface ConflictFacts {
  current: { status: ItemStatus; version: number };
  /** The item's newest verdict. */
  lastVerdict: { toStatus: ItemStatus; by: string | null; at: string; version: number; note?: string | null } | null;
  /** The item's newest audit event, in words: it names corrections, which are not verdicts. */
  lastEvent: { who: string; did: string; at: string } | null;
}

/**
 * The sentence a reviewer reads when their save lost a race: who changed the item to what and
 * when, the version it is at now, and that what they typed is still there.
 */
export function conflictText(facts: ConflictFacts, kept: "note" | "changes"): string {
  const { current, lastVerdict, lastEvent } = facts;
  const when = (at: string) => formatDateTime(at) ?? "just now";
  let what: string;
  if (lastVerdict && lastVerdict.version === current.version) {
    const to = STATUS_LABEL[lastVerdict.toStatus].toLowerCase();
    const verb = lastVerdict.toStatus === "pending" ? `changed this back to ${to}` : `changed this to ${to}`;
    what = `${lastVerdict.by ?? "Someone"} ${verb} on ${when(lastVerdict.at)} (version ${current.version}).`;
  } else if (lastEvent) {
    what = `${lastEvent.who} ${lastEvent.did} on ${when(lastEvent.at)} (now version ${current.version}, ${STATUS_LABEL[current.status].toLowerCase()}).`;
  } else {
    what = `Someone else changed this item while you were working on it (now version ${current.version}, ${STATUS_LABEL[current.status].toLowerCase()}).`;
  }
  const keep = kept === "note" ? "Your note is kept below — review and save again." : "Your changes are kept below — review and save again.";
  return `${what} ${keep}`;
}

/**
 * The facts for conflictText from a 409's payload and, when the action could read it, the item's
 * panel as it is now (whose history has versions, and whose audit trail names corrections).
 */
export function conflictFacts(conflict: ConflictPayload, panel: ItemPanelData | null, names: NameLookup = {}): ConflictFacts {
  const { current, lastChange } = conflict;
  const newest = panel?.verdicts.reduce<ItemPanelData["verdicts"][number] | null>((a, v) => (!a || v.version > a.version ? v : a), null) ?? null;
  const lastVerdict = newest
    ? { toStatus: newest.toStatus, by: newest.by, at: newest.createdAt, version: newest.version, note: newest.note }
    : lastChange && !panel
      ? // Without the history, the newest verdict made the current version if it set the current status.
        { toStatus: lastChange.status, by: lastChange.by, at: lastChange.at, version: lastChange.status === current.status ? current.version : -1, note: lastChange.note }
      : null;
  // Citations do not move the version: name the event that made the current one.
  const event = panel?.audit.find((e) => (e.after as { version?: unknown } | null)?.version === current.version);
  const lastEvent = event ? { ...pick(describeActivity(event, { ...names, ...panel?.names })), at: event.at } : null;
  return { current: { status: current.status, version: current.version }, lastVerdict, lastEvent };
}

function pick({ who, did }: { who: string; did: string }) {
  return { who, did };
}
