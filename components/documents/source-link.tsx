/**
 * The source's name, linking to the original article when there is an address. The address is
 * http(s) only (checked on import); noopener keeps the other site from reaching back into Attest.
 */
export function SourceLink({ name, url }: { name: string | null; url: string | null }) {
  const label = name ?? (url ? hostOf(url) : null);
  if (!label) return <span className="text-stone-400">No source</span>;
  if (!url) return <span>{label}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="underline decoration-stone-300 underline-offset-2 hover:decoration-stone-700">
      {label}
      <span className="sr-only"> (opens in a new tab)</span>
      <span aria-hidden="true" className="ml-0.5 text-stone-400">↗</span>
    </a>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
