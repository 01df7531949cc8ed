/**
 * schema.org ClaimReview records for claims with a verdict. The rating scale, documented in
 * the README: 1 = disputed ("Disputed"), 2 = unverifiable ("Unverifiable"), 3 = verified
 * ("Verified"); bestRating 3, worstRating 1. The verdict in words is `alternateName`.
 */
export interface ReviewedClaim {
  itemId: string;
  /** The review's own page: the item in Attest. */
  reviewUrl: string;
  text: string;
  verdict: "verified" | "disputed" | "unverifiable";
  reviewedAt: string;
  /** Who made the claim, when the article says (a quote's speaker). */
  author: { name: string; kind: "person" | "org" } | null;
  documentTitle: string;
  sourceUrl: string | null;
  publishedAt: string | null;
  /** The note of the verdict that set the rating. */
  note: string | null;
  /** The sources the reviewers cited, oldest first. */
  citations: { title: string; url: string }[];
}

export interface Organisation {
  name: string;
  url: string;
}

export const RATING: Record<ReviewedClaim["verdict"], { value: number; name: string }> = {
  disputed: { value: 1, name: "Disputed" },
  unverifiable: { value: 2, name: "Unverifiable" },
  verified: { value: 3, name: "Verified" },
};

/** The review in words: the verdict's note, then the sources, each with its address. */
export function reviewBody(claim: Pick<ReviewedClaim, "note" | "citations">): string | null {
  const sources = claim.citations.map((c) => `${c.title} (${c.url})`).join("; ");
  const parts = [claim.note?.trim(), sources && `Sources: ${sources}.`].filter(Boolean);
  return parts.length ? parts.join("\n\n") : null;
}

export function toClaimReview(claim: ReviewedClaim, org: Organisation) {
  const rating = RATING[claim.verdict];
  const body = reviewBody(claim);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claim.reviewUrl,
    claimReviewed: claim.text,
    datePublished: claim.reviewedAt.slice(0, 10),
    author: { "@type": "Organization", name: org.name, url: org.url },
    ...(body ? { reviewBody: body } : {}),
    ...(claim.citations.length ? { citation: claim.citations.map((c) => ({ "@type": "CreativeWork", name: c.title, url: c.url })) } : {}),
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating.value,
      bestRating: 3,
      worstRating: 1,
      alternateName: rating.name,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(claim.author ? { author: { "@type": claim.author.kind === "org" ? "Organization" : "Person", name: claim.author.name } } : {}),
      ...(claim.publishedAt ? { datePublished: claim.publishedAt } : {}),
      appearance: claim.sourceUrl
        ? { "@type": "CreativeWork", url: claim.sourceUrl, headline: claim.documentTitle }
        : { "@type": "CreativeWork", headline: claim.documentTitle },
    },
  };
}
