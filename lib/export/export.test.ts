import { describe, expect, it } from "vitest";
import { RATING, reviewBody, toClaimReview, type ReviewedClaim } from "./claim-review.ts";
import { escapeMarkdown } from "./escape.ts";
import type { QuoteRecord } from "./quote-record.ts";
import { csvField, toCsv } from "./to-csv.ts";
import { toHtml } from "./to-html.ts";
import { toMarkdown } from "./to-markdown.ts";

const record = (over: Partial<QuoteRecord> = {}): QuoteRecord => ({
  itemId: "i1",
  itemUrl: "http://localhost:3000/documents/d1#item-i1",
  speaker: "Jens Stoltenberg",
  speakerTitle: "Sekretaris Jenderal NATO",
  quote: "Janji pengiriman peralatan perang berat adalah penting, dan saya mengharapkan lebih banyak lagi",
  kind: "direct",
  cue: "kata",
  documentId: "d1",
  documentTitle: "NATO: Pengiriman Senjata Berat",
  sourceName: "Bisnis.com",
  sourceUrl: "https://bisnis.com/a",
  publishedAt: "2023-01-16",
  verdict: "verified",
  reviewer: "Rina Reviewer",
  reviewedAt: "2026-11-27T10:00:00.000Z",
  citations: [{ title: "Handelsblatt interview", url: "https://handelsblatt.com/x" }],
  appearances: [],
  ...over,
});

const appearance = (itemId: string, sourceName: string, publishedAt: string) => ({ itemId, documentId: `d-${itemId}`, documentTitle: `T ${itemId}`, sourceName, publishedAt, verdict: "pending" as const });

describe("one statement in several articles", () => {
  it("says in every format where else it was reported, and whether this is the first report", () => {
    const first = record({ appearances: [appearance("i1", "Bisnis.com", "2023-01-16"), appearance("i2", "Kompas", "2023-01-17"), appearance("i3", "Reuters", "2023-01-18")] });
    const later = record({ itemId: "i2", appearances: first.appearances });
    const csv = toCsv([first]);
    expect(csv).toContain('"appearances","also_reported_in"');
    expect(csv).toContain('"3","Kompas, 2023-01-17; Reuters, 2023-01-18"');
    expect(toMarkdown([first])).toContain("- first reported here; also in: Kompas, 2023-01-17; Reuters, 2023-01-18");
    expect(toMarkdown([later])).toContain("- also reported in: Bisnis.com, 2023-01-16; Reuters, 2023-01-18");
    expect(toHtml([later])).toContain("Also reported in: Bisnis.com, 2023-01-16; Reuters, 2023-01-18");
    // Only here: nothing said, and the count is one.
    expect(toMarkdown([record()])).not.toContain("reported");
    expect(toCsv([record()])).toMatch(/"1",""\r\n$/);
  });
});

describe("CSV quote sheet", () => {
  it("starts with a BOM, quotes every field, doubles inner quotes and ends lines with CRLF", () => {
    const csv = toCsv([record({ quote: 'Dia berkata "ya", lalu pergi\nbaris dua' })]);
    expect(csv.startsWith("\uFEFF\"speaker\",")).toBe(true);
    expect(csv).toContain('"Dia berkata ""ya"", lalu pergi\nbaris dua"');
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3);
  });

  it("keeps Indonesian and other non-ASCII text intact", () => {
    expect(toCsv([record({ speaker: "Sri Mulyani Indrawati", quote: "Rp9.735 per kilogram — naik 2,7 persen “cepat”" })])).toContain(
      "Rp9.735 per kilogram — naik 2,7 persen “cepat”",
    );
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    for (const v of ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx"]) expect(csvField(v)).toBe(`"'${v.replace(/"/g, '""')}"`);
    expect(csvField("Normal")).toBe('"Normal"');
    expect(toCsv([record({ speaker: "=cmd|' /C calc'!A0" })])).toContain(`"'=cmd|' /C calc'!A0"`);
  });

  it("groups rows by speaker", () => {
    const csv = toCsv([record({ speaker: "Zelenskyy", itemId: "z" }), record({ speaker: "Ayu", itemId: "a" }), record({ speaker: "Zelenskyy", itemId: "z2" })]);
    const speakers = csv.split("\r\n").slice(1, -1).map((line) => line.split(",")[0]);
    expect(speakers).toEqual(['"Ayu"', '"Zelenskyy"', '"Zelenskyy"']);
  });
});

describe("Markdown and HTML quote sheets", () => {
  it("escape article text: no markup from a quote survives", () => {
    const evil = record({ quote: "<script>alert(1)</script> **bold** [x](javascript:alert(1))", speaker: "<img src=x onerror=alert(1)>" });
    const html = toHtml([evil]);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const md = toMarkdown([evil]);
    expect(md).toContain("\\<script\\>");
    expect(md).toContain("\\*\\*bold\\*\\*");
    // The brackets are escaped, so no link is made of them.
    expect(md).toContain("\\[x\\](javascript:");
  });

  it("print one speaker a section, never splitting a quote", () => {
    const html = toHtml([record(), record({ speaker: "Volodymyr Zelenskyy", itemId: "z" })]);
    expect(html.match(/<section>/g)).toHaveLength(2);
    expect(html).toContain("break-inside: avoid");
    expect(html).toContain("section + section { break-before: page; }");
  });

  it("drop citation links that are not http(s)", () => {
    const html = toHtml([record({ citations: [{ title: "Bad", url: "javascript:alert(1)" }] })]);
    expect(html).not.toContain("javascript:alert");
    expect(html).toContain("<li>Bad</li>");
  });

  it("escape Markdown's special characters, and only those", () => {
    expect(escapeMarkdown("# 1. a_b *c* [d]")).toBe("\\# 1. a\\_b \\*c\\* \\[d\\]");
    expect(escapeMarkdown("Kompas.com (Jakarta) - 16 Jan! AT&T, 3+4=7 {x} a|b")).toBe("Kompas.com (Jakarta) - 16 Jan! AT&T, 3+4=7 {x} a|b");
    expect(escapeMarkdown("`code` <b> ~~no~~ &amp; back\\slash")).toBe("\\`code\\` \\<b\\> \\~\\~no\\~\\~ \\&amp; back\\\\slash");
  });

  it("escape what would start a block only at the start", () => {
    expect(escapeMarkdown("1. First")).toBe("1\\. First");
    expect(escapeMarkdown("2023) was")).toBe("2023\\) was");
    expect(escapeMarkdown("- dash")).toBe("\\- dash");
    expect(escapeMarkdown("+ plus")).toBe("\\+ plus");
    expect(escapeMarkdown("=")).toBe("\\=");
    expect(escapeMarkdown("-12% drop")).toBe("-12% drop");
    expect(escapeMarkdown("Lines\n\ntogether")).toBe("Lines together");
  });
});

describe("ClaimReview", () => {
  const claim: ReviewedClaim = {
    itemId: "c1",
    reviewUrl: "https://attest.example/documents/d1#item-c1",
    text: "Serangan Rusia menewaskan lebih dari 30 orang di Dnipro.",
    verdict: "verified",
    reviewedAt: "2026-11-27T10:00:00.000Z",
    author: { name: "Kementerian Pertahanan Rusia", kind: "org" },
    documentTitle: "NATO",
    sourceUrl: "https://bisnis.com/a",
    publishedAt: "2023-01-16",
    note: null,
    citations: [],
  };

  it("has every field search engines read, on the documented scale", () => {
    const review = toClaimReview(claim, { name: "Newsroom Check", url: "https://newsroom.example" });
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: claim.reviewUrl,
      claimReviewed: claim.text,
      datePublished: "2026-11-27",
      author: { "@type": "Organization", name: "Newsroom Check", url: "https://newsroom.example" },
      reviewRating: { "@type": "Rating", ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: "Verified" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Kementerian Pertahanan Rusia" },
        datePublished: "2023-01-16",
        appearance: { "@type": "CreativeWork", url: "https://bisnis.com/a", headline: "NATO" },
      },
    });
  });

  it("carries the verdict's note and the citations as the review's body", () => {
    const cited = { ...claim, note: "The ministry's own figure.", citations: [{ title: "Reuters, 16 Jan", url: "https://reuters.com/x" }] };
    const review = toClaimReview(cited, { name: "N", url: "https://n.example" });
    expect(review.reviewBody).toBe("The ministry's own figure.\n\nSources: Reuters, 16 Jan (https://reuters.com/x).");
    expect(review.citation).toEqual([{ "@type": "CreativeWork", name: "Reuters, 16 Jan", url: "https://reuters.com/x" }]);
    expect(reviewBody({ note: "  ", citations: [] })).toBeNull();
    expect(reviewBody({ note: null, citations: [{ title: "A", url: "https://a.org" }, { title: "B", url: "https://b.org" }] })).toBe("Sources: A (https://a.org); B (https://b.org).");
  });

  it("rates disputed lowest and verified highest", () => {
    expect(RATING.disputed.value).toBeLessThan(RATING.unverifiable.value);
    expect(RATING.unverifiable.value).toBeLessThan(RATING.verified.value);
  });
});
