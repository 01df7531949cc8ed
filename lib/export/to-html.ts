import { escapeHtml, safeUrl } from "./escape.ts";
import { groupBySpeaker, isFirstAppearance, otherAppearances, type QuoteRecord } from "./quote-record.ts";

// A speaker a page; a quote never split across pages. System fonts only: nothing to fetch.
const STYLE = `
body { font: 15px/1.5 ui-serif, Georgia, "Times New Roman", serif; color: #1c1917; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #d6d3d1; padding-bottom: 0.2rem; }
.meta, .sources { font: 12px/1.4 ui-sans-serif, system-ui, sans-serif; color: #57534e; }
blockquote { margin: 0.6rem 0; padding-left: 0.8rem; border-left: 3px solid #b45309; }
article { margin-bottom: 1.2rem; } a { color: #1d4ed8; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  section + section { break-before: page; }
  article { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; color: #57534e; }
  .no-print { display: none; }
}`;

/** A printable quote sheet: a standalone page whose every piece of article text is escaped. */
export function toHtml(records: QuoteRecord[], title = "Quote sheet", generatedAt = new Date()): string {
  const sections = groupBySpeaker(records).map(
    (g) => `<section>
<h2>${escapeHtml(g.speaker)}${g.speakerTitle ? ` <small>(${escapeHtml(g.speakerTitle)})</small>` : ""}</h2>
${g.quotes.map(article).join("\n")}
</section>`,
  );
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${records.length} quote${records.length === 1 ? "" : "s"} · generated ${escapeHtml(generatedAt.toISOString().slice(0, 16).replace("T", " "))} UTC<span class="no-print"> · print this page for a paper copy</span></p>
${sections.join("\n") || "<p>No quotes match.</p>"}
</body></html>
`;
}

function article(r: QuoteRecord): string {
  const source = safeUrl(r.sourceUrl);
  const doc = source ? `<a href="${escapeHtml(source)}">${escapeHtml(r.documentTitle)}</a>` : escapeHtml(r.documentTitle);
  const cites = r.citations
    .map((c) => {
      const url = safeUrl(c.url);
      return url ? `<li><a href="${escapeHtml(url)}">${escapeHtml(c.title)}</a></li>` : `<li>${escapeHtml(c.title)}</li>`;
    })
    .join("");
  return `<article>
<blockquote>${r.kind === "direct" ? "“" : ""}${escapeHtml(r.quote)}${r.kind === "direct" ? "”" : ""}</blockquote>
<p class="meta">${escapeHtml(r.kind)} quote${r.cue ? `, cue “${escapeHtml(r.cue)}”` : ""} · ${doc}${r.sourceName ? `, ${escapeHtml(r.sourceName)}` : ""}${r.publishedAt ? `, ${escapeHtml(r.publishedAt)}` : ""}<br>
${escapeHtml(r.verdict)}${r.reviewer ? ` by ${escapeHtml(r.reviewer)}` : ""}${r.reviewedAt ? ` on ${escapeHtml(r.reviewedAt.slice(0, 10))}` : ""} · <a href="${escapeHtml(r.itemUrl)}">item</a></p>
${cites ? `<ul class="sources">${cites}</ul>` : ""}
${otherAppearances(r) ? `<p class="meta">${isFirstAppearance(r) ? "First reported here; also in" : "Also reported in"}: ${escapeHtml(otherAppearances(r))}</p>` : ""}
</article>`;
}
