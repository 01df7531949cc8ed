import { itemLabel, type ItemType, type QuoteKind } from "@/lib/items/labels.ts";
import { Badge } from "../ui/badge.tsx";

/** Quotes in amber and claims in blue, the same colours as their marks in the article. */
export function ItemTypeBadge({ item }: { item: { type: ItemType; kind: QuoteKind | null } }) {
  return <Badge tone={item.type === "quote" ? "amber" : "sky"}>{itemLabel(item)}</Badge>;
}
