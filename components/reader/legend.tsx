import { STATUS_LABEL } from "@/lib/items/labels.ts";

// The glyphs and colours globals.css draws before reviewed spans (.item-mark[data-status]).
const REVIEWED = [
  { status: "verified", glyph: "✓", look: "bg-emerald-700" },
  { status: "disputed", glyph: "✗", look: "bg-rose-700" },
  { status: "unverifiable", glyph: "?", look: "bg-violet-700" },
] as const;

/** What the marks in the article mean; the samples use the same classes as the marks. */
export function Legend({ onShowKeys, keysReady = true }: { onShowKeys?(): void; keysReady?: boolean }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-stone-600" aria-label="Legend">
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="rounded-[2px] bg-amber-200 px-1.5">“…”</span> Direct quote
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="rounded-[2px] bg-amber-100 px-1.5 shadow-[inset_0_0_0_1px_var(--color-amber-400)]">…</span> Indirect quote
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="border-b-2 border-sky-500 bg-sky-50 px-1.5">…</span> Claim
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="font-medium text-stone-600">— Name</span> speaker
      </li>
      {REVIEWED.map(({ status, glyph, look }) => (
        <li key={status} className="flex items-center gap-1">
          <span aria-hidden="true" className={`status-pip ${look}`}>
            {glyph}
          </span>
          {STATUS_LABEL[status]}
        </li>
      ))}
      <li className="text-stone-500">no glyph: pending</li>
      <li className="ml-auto flex flex-wrap items-center gap-1 text-stone-500 max-sm:hidden">
        <kbd className="rounded border border-stone-300 bg-white px-1 font-mono">j</kbd>/<kbd className="rounded border border-stone-300 bg-white px-1 font-mono">k</kbd> next / previous
        {!keysReady && <span className="text-stone-400">(page loading: j/k are kept, verdict keys wait)</span>}
        {onShowKeys && (
          <button type="button" onClick={onShowKeys} className="ml-1 rounded px-1 text-stone-600 hover:bg-stone-100 hover:text-stone-900" aria-keyshortcuts="?">
            <kbd className="rounded border border-stone-300 bg-white px-1 font-mono">?</kbd> all keys
          </button>
        )}
      </li>
    </ul>
  );
}
