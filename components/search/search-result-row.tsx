import Link from "next/link";
import { formatDate } from "@/lib/format/format-date.ts";
import { itemHash } from "@/lib/items/item-hash.ts";
import type { SearchResult } from "@/lib/views/search-result.ts";
import { StatusBadge } from "../items/status-badge.tsx";
import { Badge } from "../ui/badge.tsx";
import { Snippet } from "./snippet.tsx";

const TYPE_LABEL = { document: "Document", quote: "Quote", claim: "Claim", person: "Speaker" } as const;
const TYPE_TONE = { document: "stone", quote: "amber", claim: "sky", person: "violet" } as const;

function href(r: SearchResult): string {
  if (r.type === "person") return `/people/${r.id}`;
  if (r.type === "document") return `/documents/${r.id}`;
  return `/documents/${r.documentId}${itemHash(r.id)}`;
}

/** One hit: what it is, its words with the matches marked, and where it comes from. */
export function SearchResultRow({ result: r }: { result: SearchResult }) {
  const heading = r.type === "person" ? r.name : r.type === "document" ? r.title : null;
  return (
    <li className="space-y-1 px-4 py-3" data-testid="search-result" data-type={r.type}>
      <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <Badge tone={TYPE_TONE[r.type]}>{TYPE_LABEL[r.type]}</Badge>
        {r.status && <StatusBadge status={r.status} />}
        {r.speaker && <span className="font-medium text-stone-800">{r.speaker}</span>}
        {r.type !== "person" && r.type !== "document" && r.title && <span className="wrap-anywhere">in {r.title}</span>}
        {r.publishedAt && <span>{formatDate(r.publishedAt)}</span>}
      </p>
      <Link href={href(r)} className="block font-serif wrap-anywhere text-stone-900 hover:underline">
        {heading ? <span className="text-base font-semibold">{heading}</span> : <Snippet text={r.snippet} />}
      </Link>
      {heading && r.snippet && (
        <p className="text-sm wrap-anywhere text-stone-700">
          <Snippet text={r.snippet} />
        </p>
      )}
    </li>
  );
}
