import { escapeMarkdown, safeUrl } from "./escape.ts";
import { groupBySpeaker, isFirstAppearance, otherAppearances, type QuoteRecord } from "./quote-record.ts";

/** A quote sheet in Markdown: one section a speaker, each quote as a block quote with its sources. */
export function toMarkdown(records: QuoteRecord[], title = "Quote sheet"): string {
  const out = [`# ${escapeMarkdown(title)}`, ""];
  if (!records.length) out.push("_No quotes match._", "");
  for (const group of groupBySpeaker(records)) {
    out.push(`## ${escapeMarkdown(group.speaker)}${group.speakerTitle ? ` (${escapeMarkdown(group.speakerTitle)})` : ""}`, "");
    for (const r of group.quotes) {
      out.push(`> ${escapeMarkdown(r.quote)}`, "");
      const source = safeUrl(r.sourceUrl);
      const doc = source ? `[${escapeMarkdown(r.documentTitle)}](<${source}>)` : escapeMarkdown(r.documentTitle);
      out.push(`- ${r.kind} quote${r.cue ? `, cue “${escapeMarkdown(r.cue)}”` : ""}`);
      out.push(`- ${doc}${r.sourceName ? `, ${escapeMarkdown(r.sourceName)}` : ""}${r.publishedAt ? `, ${r.publishedAt}` : ""}`);
      out.push(`- ${r.verdict}${r.reviewer ? ` by ${escapeMarkdown(r.reviewer)}` : ""}${r.reviewedAt ? ` on ${r.reviewedAt.slice(0, 10)}` : ""} · [item](<${r.itemUrl}>)`);
      for (const c of r.citations) {
        const url = safeUrl(c.url);
        out.push(`- source: ${url ? `[${escapeMarkdown(c.title)}](<${url}>)` : escapeMarkdown(c.title)}`);
      }
      const others = otherAppearances(r);
      if (others) out.push(`- ${isFirstAppearance(r) ? "first reported here; also in" : "also reported in"}: ${escapeMarkdown(others)}`);
      out.push("");
    }
  }
  return out.join("\n");
}
