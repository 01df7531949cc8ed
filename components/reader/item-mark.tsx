import type { ReactNode } from "react";
import { formatScore } from "@/lib/format/format-score.ts";
import { itemLabel } from "@/lib/items/labels.ts";
import type { ItemView } from "@/lib/views/item-view.ts";

export type MarkItem = Pick<ItemView, "id" | "type" | "kind" | "speaker" | "speakerMention" | "cue" | "score">;

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

/** One item's highlight around a stretch of article text. */
export function ItemMark({ item, selected, dimmed = false, children }: { item: MarkItem; selected: boolean; dimmed?: boolean; children: ReactNode }) {
  const look = dimmed ? DIMMED : item.type === "claim" ? LOOK.claim : item.kind === "indirect" ? LOOK.indirect : LOOK.direct;
  return (
    <mark
      data-item-id={item.id}
      data-item-type={item.type}
      data-kind={item.kind ?? undefined}
      data-selected={selected || undefined}
      data-dimmed={dimmed || undefined}
      title={markTitle(item)}
      className={`item-mark ${look}${selected ? ` ${SELECTED}` : ""}`}
    >
      {children}
    </mark>
  );
}

/** The hover text: who said it, for a quote; how check-worthy it is, for a claim. */
export function markTitle(item: MarkItem): string {
  if (item.type === "claim") return `Claim · check-worthiness ${formatScore(item.score)}`;
  const who = item.speaker?.name ?? item.speakerMention ?? "speaker unknown";
  return `${itemLabel(item)} · ${who}${item.cue ? ` (“${item.cue}”)` : ""}`;
}
