/** What the marks in the article mean; the samples use the same classes as the marks. */
export function Legend({ onShowKeys }: { onShowKeys?(): void }) {
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
      <li className="ml-auto flex items-center gap-1 text-stone-500">
        <kbd className="rounded border border-stone-300 bg-white px-1 font-mono">j</kbd>/<kbd className="rounded border border-stone-300 bg-white px-1 font-mono">k</kbd> next / previous
        {onShowKeys && (
          <button type="button" onClick={onShowKeys} className="ml-1 rounded px-1 text-stone-600 hover:bg-stone-100 hover:text-stone-900" aria-keyshortcuts="?">
            <kbd className="rounded border border-stone-300 bg-white px-1 font-mono">?</kbd> all keys
          </button>
        )}
      </li>
    </ul>
  );
}
