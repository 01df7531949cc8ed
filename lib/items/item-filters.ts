import { ITEM_TYPES, QUOTE_KINDS, STATUSES } from "../validations/items-query.ts";
import type { ItemStatus, ItemType, QuoteKind } from "./labels.ts";

/** The document page's filters, as kept in its URL (?type=&kind=&status=&speaker=). */
export interface ItemFilters {
  type?: ItemType;
  kind?: QuoteKind;
  status?: ItemStatus;
  /** A speaker's id, or NO_SPEAKER for quotes nobody was found for. */
  speaker?: string;
}

export const FILTER_KEYS = ["type", "kind", "status", "speaker"] as const;
export const NO_SPEAKER = "none";

interface Filterable {
  type: ItemType;
  kind: QuoteKind | null;
  status: ItemStatus;
  speaker: { id: string; name: string } | null;
}

/** Filters from a query string or Next's searchParams; values that mean nothing are dropped, not errors. */
export function parseItemFilters(query: URLSearchParams | Record<string, string | string[] | undefined>): ItemFilters {
  const get = (key: string) => {
    const v = query instanceof URLSearchParams ? query.get(key) : query[key];
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  };
  const oneOf = <T extends string>(values: readonly T[], v: string | undefined) => (values as readonly string[]).includes(v ?? "") ? (v as T) : undefined;
  const speaker = get("speaker");
  return clean({
    type: oneOf(ITEM_TYPES, get("type")),
    kind: oneOf(QUOTE_KINDS, get("kind")),
    status: oneOf(STATUSES, get("status")),
    speaker: speaker && speaker.length <= 200 ? speaker : undefined,
  });
}

/**
 * The query string with the filters set, keeping any other parameter already there (the
 * import notice's flags): "?type=quote&status=pending", or "" when nothing is left.
 */
export function filtersToSearch(filters: ItemFilters, current = ""): string {
  const params = new URLSearchParams(current);
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Whether an item passes every filter set. A kind filter means quotes of that kind. */
export function matchesFilters(item: Filterable, f: ItemFilters): boolean {
  if (f.type && item.type !== f.type) return false;
  if (f.kind && item.kind !== f.kind) return false;
  if (f.status && item.status !== f.status) return false;
  if (f.speaker) {
    if (f.speaker === NO_SPEAKER) return item.type === "quote" && !item.speaker;
    if (!item.speaker) return false;
    // A pasted link may name the speaker instead of giving the id.
    if (item.speaker.id !== f.speaker && item.speaker.name.toLowerCase() !== f.speaker.toLowerCase()) return false;
  }
  return true;
}

export function hasFilters(f: ItemFilters): boolean {
  return FILTER_KEYS.some((k) => f[k]);
}

/** The speakers of a document's quotes for the speaker filter, by name, with how many quotes each. */
export function speakerOptions(items: readonly Filterable[]): { value: string; label: string; count: number }[] {
  const byId = new Map<string, { value: string; label: string; count: number }>();
  let unknown = 0;
  for (const item of items) {
    if (item.type !== "quote") continue;
    if (!item.speaker) {
      unknown++;
      continue;
    }
    const entry = byId.get(item.speaker.id) ?? { value: item.speaker.id, label: item.speaker.name, count: 0 };
    entry.count++;
    byId.set(item.speaker.id, entry);
  }
  const options = [...byId.values()].sort((a, b) => a.label.localeCompare(b.label));
  return unknown ? [...options, { value: NO_SPEAKER, label: "Unknown speaker", count: unknown }] : options;
}

function clean(f: ItemFilters): ItemFilters {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as ItemFilters;
}
