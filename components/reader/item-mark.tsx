import type { ReactNode } from "react";
import { formatScore } from "@/lib/format/format-score.ts";
import { itemLabel, STATUS_LABEL } from "@/lib/items/labels.ts";
import type { ItemView } from "@/lib/views/item-view.ts";

export type MarkItem = Pick<ItemView, "id" | "type" | "kind" | "speaker" | "speakerMention" | "cue" | "score" | "status">;

// Quotes are filled amber (direct solid, indirect lighter with a dashed edge); claims are a
// blue underline with a faint wash, so a quote inside a claim shows both at once.
const LOOK = {
  direct: "bg-amber-200 hover:bg-amber-300",
  indirect: "bg-amber-100 shadow-[inset_0_0_0_1px_var(--color-amber-400)] hover:bg-amber-200",
  claim: "bg-sky-50 border-b-2 border-sky-500 hover:bg-sky-100",
} as const;

const SELECTED = "outline-2 outline-offset-1 outline-stone-900";
// Filtered out: a dotted underline only. Not opacity, which would also fade a shown quote nested inside.
const DIMMED = "bg-transparent hover:bg-stone-100 underline decoration-dotted decoration-stone-400 underline-offset-4";

interface Props {
  item: MarkItem;
  selected: boolean;
  dimmed?: boolean;
  /** Whether this piece of the mark begins or ends the item's span (overlaps cut a span in pieces). */
  first?: boolean;
  last?: boolean;
  children: ReactNode;
}

/**
 * One item's highlight around a stretch of article text. Its review state shows as a glyph
 * before the span and a quote's speaker after it, both drawn by CSS (globals.css, from the data
 * attributes) so the paragraph still holds only the article's own characters.
 */
export function ItemMark({ item, selected, dimmed = false, first = true, last = true, children }: Props) {
  const look = dimmed ? DIMMED : item.type === "claim" ? LOOK.claim : item.kind === "indirect" ? LOOK.indirect : LOOK.direct;
  const shown = !dimmed;
  return (
    <mark
      data-item-id={item.id}
      data-item-type={item.type}
      data-kind={item.kind ?? undefined}
      data-selected={selected || undefined}
      data-dimmed={dimmed || undefined}
      data-status={shown && first && item.status !== "pending" ? item.status : undefined}
      data-speaker={shown && last && item.type === "quote" ? speakerName(item) : undefined}
      title={markTitle(item)}
      className={`item-mark ${look}${selected ? ` ${SELECTED}` : ""}`}
    >
      {children}
    </mark>
  );
}

function speakerName(item: MarkItem): string {
  return item.speaker?.name ?? item.speakerMention ?? "speaker unknown";
}

/** The hover text: who said it, for a quote; how check-worthy it is, for a claim; and its review state. */
export function markTitle(item: MarkItem): string {
  const status = STATUS_LABEL[item.status];
  if (item.type === "claim") return `Claim · ${status} · check-worthiness ${formatScore(item.score)}`;
  return `${itemLabel(item)} · ${speakerName(item)}${item.cue ? ` (“${item.cue}”)` : ""} · ${status}`;
}
