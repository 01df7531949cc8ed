// Uneven line lengths, as whole class names so Tailwind finds them: a `style` width would be
// refused by the pages' Content-Security-Policy, which allows no style attributes.
const LINE_WIDTHS = ["w-[70%]", "w-[77%]", "w-[84%]", "w-[91%]", "w-[98%]", "w-[75%]", "w-[82%]", "w-[89%]", "w-[96%]"];

/**
 * The document page's outline while the article and its items load. Shown by a Suspense boundary
 * inside the page, not a loading.tsx: that would start the answer before the page could say 404.
 */
export function DocumentSkeleton() {
  return (
    <div className="animate-pulse space-y-6" aria-busy="true" aria-label="Loading the document">
      <div className="h-4 w-28 rounded bg-stone-200" />
      <div className="space-y-3">
        <div className="h-8 w-3/4 rounded bg-stone-200" />
        <div className="h-4 w-1/2 rounded bg-stone-200" />
        <div className="h-14 rounded-lg bg-stone-200/70" />
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_23rem]">
        <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-8">
          {LINE_WIDTHS.map((width, i) => (
            <div key={i} className={`h-4 rounded bg-stone-200 ${width}`} />
          ))}
        </div>
        <div className="space-y-2">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="h-20 rounded-md bg-stone-200/70" />
          ))}
        </div>
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
