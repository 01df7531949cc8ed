import Link from "next/link";
import { formatDate } from "@/lib/format/format-date.ts";
import { itemHash } from "@/lib/items/item-hash.ts";
import { STATUS_LABEL } from "@/lib/items/labels.ts";
import type { Appearance } from "@/lib/views/appearance.ts";

/** "Also reported in Kompas (17 Jan 2023, Verified) · first here": the same statement elsewhere. */
export function AppearancesLine({ itemId, appearances }: { itemId: string; appearances: Appearance[] | undefined }) {
  const others = (appearances ?? []).filter((a) => a.itemId !== itemId);
  if (!others.length) return null;
  const first = appearances![0]!;
  return (
    <p className="text-xs text-stone-600" data-testid="appearances">
      {first.itemId === itemId ? "First reported here; also in " : "Also reported in "}
      {others.map((a, i) => (
        <span key={a.itemId}>
          {i > 0 && ", "}
          <Link href={`/documents/${a.documentId}${itemHash(a.itemId)}`} className="font-medium text-stone-800 hover:underline">
            {a.sourceName ?? a.documentTitle}
          </Link>{" "}
          ({[formatDate(a.publishedAt), STATUS_LABEL[a.status]].filter(Boolean).join(", ")}){a.itemId === first.itemId ? ", first" : ""}
        </span>
      ))}
      .
    </p>
  );
}
