import { countOf } from "../format/count-of.ts";
import { truncate } from "../format/truncate.ts";

/** An audit event as the activity page has it (see server/audit/list-audit-events.ts). */
export interface ActivityEvent {
  action: string;
  /** null when no account made the change: the command line (the operator) did. */
  actorName: string | null;
  before: unknown;
  after: unknown;
}

/** One value that changed; null on a side means it did not exist there (added or removed). */
export interface ActivityChange {
  label: string;
  before: string | null;
  after: string | null;
}

export interface ActivityDescription {
  /** "Rina Reviewer" */
  who: string;
  /** "set a verdict: pending → verified": read after `who`. */
  did: string;
  changes: ActivityChange[];
}

/** Names of people and accounts by id, for payloads that store only an id (speakerId, userId). */
export type NameLookup = Readonly<Record<string, string>>;

type Payload = Record<string, unknown>;
type Describer = (before: Payload, after: Payload, names: NameLookup) => { did: string; changes?: ActivityChange[] };

const SNIPPET = 80;

/**
 * An audit event in words for people: who did what, and a compact before → after. Pure, so
 * the page, a future feed or an export say the same thing about the same event.
 */
export function describeActivity(event: ActivityEvent, names: NameLookup = {}): ActivityDescription {
  const describe = DESCRIBERS[event.action] ?? unknownAction(event.action);
  const { did, changes = [] } = describe(asPayload(event.before), asPayload(event.after), names);
  return { who: event.actorName ?? "Command line", did, changes };
}

const DESCRIBERS: Record<string, Describer> = {
  "item.verdict": (before, after) => ({
    did: after.status ? `set a verdict: ${text(before.status) ?? "pending"} → ${text(after.status)}` : "set a verdict",
    changes: after.note ? [{ label: "Note", before: null, after: quoted(after.note) }] : [],
  }),
  "item.correct": describeCorrection,
  "item.remove": () => ({ did: "removed an item" }),
  "item.restore": () => ({ did: "restored a removed item" }),
  "person.not_same": (_, after) => ({
    did: "marked two speakers as different people",
    changes: Array.isArray(after.names) ? [{ label: "Speakers", before: null, after: after.names.join(" and ") }] : [],
  }),
  "item.add": (_, after) => ({
    did: `added a missed ${after.type === "claim" ? "claim" : "quote"}`,
    changes: [{ label: "Span", before: null, after: span(after) }],
  }),
  "citation.add": (_, after) => ({ did: "added a citation", changes: [{ label: "Source", before: null, after: source(after) }] }),
  "citation.edit": (before, after) => ({
    did: "edited a citation",
    changes: CITATION_FIELDS.filter(([key]) => !same(before[key], after[key])).map(([key, label]) => ({
      label,
      before: snippet(before[key]),
      after: snippet(after[key]),
    })),
  }),
  "citation.remove": (before) => ({ did: "removed a citation", changes: [{ label: "Source", before: source(before), after: null }] }),
  "item.reextract": (before, after, names) => {
    if (after.removedAt) return { did: "dropped an item the new extractor no longer finds", changes: [{ label: "Extractor", before: null, after: text(after.extractor) }] };
    const { did, changes } = describeCorrection(before, after, names);
    return { did: `re-extracted an item and ${did}`, changes };
  },
  "document.reextract": (before, after) => ({
    did: "re-extracted a document",
    changes: [
      { label: "Extractor", before: text(before.extractor), after: text(after.extractor) },
      { label: "Items", before: null, after: `${num(after.added)} added, ${num(after.removed)} removed, ${num(after.changed)} changed, ${num(after.reviewed)} reviewed kept` },
    ],
  }),
  "document.import": (_, after) => ({
    did: "imported a document",
    changes: [{ label: "Found", before: null, after: `${countOf(num(after.quotes), "quote")}, ${countOf(num(after.claims), "claim")}` }],
  }),
  "feed.subscribe": (_, after) => ({ did: "subscribed to a feed", changes: [{ label: "Feed", before: null, after: `${text(after.title)} (${text(after.url)})` }] }),
  "feed.remove": (before) => ({ did: "removed a feed", changes: [{ label: "Feed", before: `${text(before.title)} (${text(before.url)})`, after: null }] }),
  "user.create": (_, after) => ({
    did: "added an account",
    changes: [
      { label: "Email", before: null, after: text(after.email) },
      { label: "Role", before: null, after: text(after.role) },
    ],
  }),
  "token.create": (_, after, names) => ({
    did: "created an API token",
    changes: [{ label: "For", before: null, after: nameOf(after.userId, names, "an account") }],
  }),
  "person.merge": (before, after) => ({
    did: "merged two speakers",
    changes: [
      { label: "Speaker", before: text(asPayload(before.merge).name), after: text(asPayload(after.kept).name) ?? text(asPayload(before.keep).name) },
      { label: "Items moved", before: null, after: String(after.items ?? 0) },
    ],
  }),
};

const CITATION_FIELDS = [
  ["title", "Title"],
  ["url", "Address"],
  ["publisher", "Publisher"],
  ["excerpt", "Excerpt"],
  ["stance", "Stance"],
  ["accessedAt", "Accessed"],
] as const;

// What a correction touched, in the order an editor thinks of them.
const CORRECTED_PARTS = [
  ["speakerId", "the speaker"],
  ["kind", "the kind"],
  ["start", "the span"],
] as const;

function describeCorrection(before: Payload, after: Payload, names: NameLookup) {
  const parts = CORRECTED_PARTS.filter(([key]) => key in after);
  const changes: ActivityChange[] = [];
  if ("speakerId" in after) changes.push({ label: "Speaker", before: nameOf(before.speakerId, names, "none"), after: nameOf(after.speakerId, names, "none") });
  if ("kind" in after) changes.push({ label: "Kind", before: text(before.kind), after: text(after.kind) });
  if ("start" in after) changes.push({ label: "Span", before: span(before), after: span(after) });
  if ("removedAt" in after && after.removedAt === null) {
    return { did: parts.length ? `restored an item and changed ${list(parts.map(([, words]) => words))}` : "restored an item", changes };
  }
  return { did: parts.length ? `changed ${list(parts.map(([, words]) => words))}` : "corrected an item", changes };
}

function unknownAction(action: string): Describer {
  return () => ({ did: `made a change (${action})` });
}

/** "a", "a and b", "a, b and c" */
function list(words: string[]): string {
  return words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function source(citation: Payload): string {
  const title = quoted(citation.title) ?? "Untitled";
  return citation.stance ? `${title} (${text(citation.stance)})` : title;
}

function span(p: Payload): string | null {
  return typeof p.start === "number" && typeof p.end === "number" ? `characters ${p.start}–${p.end}` : null;
}

function nameOf(id: unknown, names: NameLookup, none: string): string {
  if (typeof id !== "string") return none;
  // A merged-away speaker or a removed account leaves an id with no name behind.
  return names[id] ?? "someone no longer listed";
}

function num(value: unknown): number {
  return typeof value === "number" ? value : 0;
}

function quoted(value: unknown): string | null {
  const t = snippet(value);
  return t === null ? null : `“${t}”`;
}

function snippet(value: unknown): string | null {
  const t = text(value);
  return t === null ? null : truncate(t, SNIPPET);
}

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

function same(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

function asPayload(value: unknown): Payload {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Payload) : {};
}
