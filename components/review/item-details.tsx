import Link from "next/link";
import type { ReactNode } from "react";
import { formatScore } from "@/lib/format/format-score.ts";
import type { ItemView } from "@/lib/views/item-view.ts";

/** Who said it and how it was found: the extractor's view of the item, in as few lines as it takes. */
export function ItemDetails({ item }: { item: ItemView }) {
  const isQuote = item.type === "quote";
  return (
    <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      {isQuote && (
        <Row label="Speaker">
          {item.speaker ? (
            <Link href={`/people/${item.speaker.id}`} className="font-semibold underline-offset-2 hover:underline" title="Every quote of this speaker">
              {item.speaker.name}
            </Link>
          ) : <span className="text-stone-500">Unknown</span>}
          {item.speakerMention && item.speakerMention !== item.speaker?.name && (
            <span className="text-stone-500"> · as written: {item.speakerMention}</span>
          )}
        </Row>
      )}
      {isQuote ? (
        <Row label="Cue">
          {item.cue ? `“${item.cue}”` : <span className="text-stone-500">none</span>}
          <span className="text-stone-500" title="How sure the extractor is of this quote and its speaker, 0 to 1">
            {" "}
            · {item.score === null ? "added by an editor" : <>extractor confidence <span className="tabular-nums text-stone-800">{formatScore(item.score)}</span></>}
          </span>
        </Row>
      ) : (
        <Row label="Check-worthy">
          {item.score === null ? (
            <span className="text-stone-500">not scored (added by an editor)</span>
          ) : (
            <span className="tabular-nums" title="How worth checking the extractor finds this claim, 0 to 1">
              {formatScore(item.score)}
            </span>
          )}
        </Row>
      )}
      {item.signals.length > 0 && (
        <Row label="Signals">
          <ul className="flex flex-wrap gap-1" aria-label="Signals">
            {item.signals.map((s) => (
              <li key={s} className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">
                {s}
              </li>
            ))}
          </ul>
        </Row>
      )}
    </dl>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="pt-0.5 text-xs tracking-wide text-stone-500 uppercase">{label}</dt>
      <dd className="min-w-0 wrap-anywhere text-stone-900">{children}</dd>
    </>
  );
}
