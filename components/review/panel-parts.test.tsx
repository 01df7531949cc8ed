import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PanelAuditEvent, PanelCitation, PanelVerdict } from "@/lib/review/panel-types.ts";
import { AuditTrail } from "./audit-trail.tsx";
import { CitationEntry } from "./citation-entry.tsx";
import { SpanContext } from "./span-context.tsx";
import { VerdictHistory } from "./verdict-history.tsx";

const ok = async () => ({ ok: true as const, panel: null });
const citation: PanelCitation = {
  id: "c1",
  url: "https://www.aljazeera.com/news/nato",
  title: "NATO chief expects more heavy weapons",
  publisher: "Al Jazeera",
  excerpt: "More deliveries in the near future.",
  stance: "supports",
  accessedAt: "2023-01-17",
  createdBy: "u1",
  addedBy: "Rina Reviewer",
  createdAt: "2023-01-17T10:00:00.000Z",
};

describe("CitationEntry", () => {
  it("links the source out in a new tab without the app's referrer or endorsement", () => {
    const html = renderToStaticMarkup(<CitationEntry citation={citation} canChange={false} onEdit={ok} onRemove={ok} />);
    expect(html).toContain('href="https://www.aljazeera.com/news/nato"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain("Accessed 17 Jan 2023 · added by Rina Reviewer");
  });

  it("offers edit and remove only to those who may", () => {
    expect(renderToStaticMarkup(<CitationEntry citation={citation} canChange={false} onEdit={ok} onRemove={ok} />)).not.toContain(">Edit<");
    const html = renderToStaticMarkup(<CitationEntry citation={citation} canChange onEdit={ok} onRemove={ok} />);
    expect(html).toContain(">Edit<");
    expect(html).toContain(">Remove<");
  });
});

describe("SpanContext", () => {
  it("shows the span emphasised in its paragraph, as text even when it looks like markup", () => {
    const body = 'First.\nHe said "<b>we</b> will win" today.\nLast.';
    const start = body.indexOf("<b>");
    const html = renderToStaticMarkup(<SpanContext body={body} start={start} end={start + "<b>we</b> will win".length} lang="en" type="quote" />);
    expect(html).toContain("&lt;b&gt;we&lt;/b&gt; will win</mark>");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("First.");
    expect(html).toContain('lang="en"');
  });
});

describe("VerdictHistory and AuditTrail", () => {
  const verdicts: PanelVerdict[] = [
    { id: "v1", fromStatus: "pending", toStatus: "verified", note: "Matches", version: 2, createdAt: "2026-11-27T10:00:00.000Z", by: "Rina Reviewer" },
    { id: "v2", fromStatus: "verified", toStatus: "disputed", note: null, version: 3, createdAt: "2026-11-27T11:00:00.000Z", by: "Eko Editor" },
  ];

  it("lists verdicts newest first, with who, when, from → to and the note", () => {
    const html = renderToStaticMarkup(<VerdictHistory verdicts={verdicts} />);
    expect(html.indexOf("Eko Editor")).toBeLessThan(html.indexOf("Rina Reviewer"));
    expect(html.replace(/<[^>]+>/g, "")).toContain("27 Nov 2026, 10:00 UTC · version 2");
    expect(html).toContain("Matches");
  });

  it("tells each change in words, naming a speaker by id", () => {
    const events: PanelAuditEvent[] = [
      { id: 1, action: "item.correct", at: "2026-11-27T12:00:00.000Z", actorName: "Eko Editor", before: { speakerId: "p1", version: 3 }, after: { speakerId: "p2", version: 4 } },
    ];
    const html = renderToStaticMarkup(<AuditTrail events={events} names={{ p1: "Zelensky", p2: "Volodymyr Zelenskyy" }} />);
    expect(html).toContain("changed the speaker");
    expect(html).toContain("Zelensky</del>");
    expect(html).toContain("Volodymyr Zelenskyy</ins>");
  });
});
