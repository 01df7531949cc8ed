/**
 * A thin bar for "n of m done", labelled for screen readers by `label`. The filled part is an
 * SVG rect's `width` attribute, not a `style` width: the pages' Content-Security-Policy
 * allows no style attributes.
 */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      className="h-1.5 w-full overflow-hidden rounded-full bg-stone-200"
    >
      <svg className="block h-full w-full" aria-hidden="true">
        <rect width={`${percent}%`} height="100%" rx="3" className="fill-emerald-600" />
      </svg>
    </div>
  );
}
