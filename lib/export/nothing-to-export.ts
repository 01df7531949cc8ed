import { escapeHtml } from "./escape.ts";

/**
 * The page a browser gets instead of an empty file, when an export link is followed and nothing
 * matches (the menu could not know: a colleague's change in between, a hand-made address).
 * Scripts and API clients still get the empty file they asked for.
 */
export function nothingToExportPage(what: string, back: { href: string; label: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Nothing to export</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font: 15px/1.5 ui-sans-serif, system-ui, sans-serif; color: #1c1917; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; } a { color: #1d4ed8; }</style></head>
<body>
<h1>Nothing to export</h1>
<p>No ${escapeHtml(what)} match this export, so no file was made.</p>
<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>
</body></html>
`;
}

/** A browser following a link or typing the address, as opposed to a script or fetch(). */
export function isNavigation(headers: Headers): boolean {
  return headers.get("sec-fetch-dest") === "document";
}
