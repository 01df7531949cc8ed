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

export function toClaimReview(claim: ReviewedClaim, org: Organisation) {
  const rating = RATING[claim.verdict];
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claim.reviewUrl,
    claimReviewed: claim.text,
    datePublished: claim.reviewedAt.slice(0, 10),
    author: { "@type": "Organization", name: org.name, url: org.url },
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
