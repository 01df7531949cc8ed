/** The documents table's outline while its rows load. */
export function DocumentTableSkeleton() {
  return (
    <div className="animate-pulse overflow-hidden rounded-lg border border-stone-200 bg-white" aria-busy="true">
      <div className="h-9 border-b border-stone-200 bg-stone-50" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="flex gap-6 border-b border-stone-100 px-4 py-4 last:border-0">
          <div className="flex-1 space-y-2">
            <div className="h-4 w-3/4 rounded bg-stone-200" />
            <div className="h-3 w-24 rounded bg-stone-200" />
          </div>
          <div className="h-4 w-20 rounded bg-stone-200" />
          <div className="h-4 w-8 rounded bg-stone-200" />
          <div className="h-4 w-16 rounded bg-stone-200" />
          <div className="h-4 w-36 rounded bg-stone-200" />
          <div className="h-4 w-36 rounded bg-stone-200" />
        </div>
      ))}
      <span className="sr-only">Loading documents…</span>
    </div>
  );
}
