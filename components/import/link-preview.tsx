import Link from "next/link";
import { countOf } from "@/lib/format/count-of.ts";
import { formatDate } from "@/lib/format/format-date.ts";
import type { UrlPreview } from "@/server/intake/preview-url.ts";
import { Notice } from "../ui/notice.tsx";

const LANGUAGES = { id: "Indonesian", en: "English" } as const;

/** What Attest read from a page, for the editor to judge before importing it. */
export function LinkPreview({ preview }: { preview: UrlPreview }) {
  const { article, paragraphs, counts, duplicateOf } = preview;
  const facts = [article.sourceName, formatDate(article.publishedAt), LANGUAGES[article.language], article.author && `by ${article.author}`].filter(Boolean);
  return (
    <section aria-labelledby="preview-title" className="space-y-3 rounded-lg border border-sky-200 bg-sky-50/60 p-6" data-testid="link-preview">
      <p className="text-xs font-semibold uppercase tracking-wide text-sky-800">Preview of the page</p>
      <h2 id="preview-title" className="font-serif text-xl font-bold leading-snug">
        {article.title}
      </h2>
      <p className="text-sm text-stone-600">{facts.join(" · ")}</p>
      <div className="space-y-2 font-serif text-[15px] leading-relaxed text-stone-800">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <p className="text-sm font-medium text-stone-800" data-testid="preview-counts">
        {countOf(counts.quotes, "quote")} and {countOf(counts.claims, "claim")} found in the fetched text.
      </p>
      {duplicateOf ? (
        <Notice tone="warning" action={<Link href={`/documents/${duplicateOf.id}`} className="font-medium underline">Open it</Link>}>
          <p>This article is already in Attest as “{duplicateOf.title}”; importing it opens that document.</p>
        </Notice>
      ) : (
        <p className="text-sm text-stone-600">The form below now holds the page’s text and details: check or edit them, then import.</p>
      )}
    </section>
  );
}
