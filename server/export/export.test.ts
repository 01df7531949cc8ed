import { beforeAll, describe, expect, it } from "vitest";
import { getDocument } from "../documents/get-document.ts";
import { addCitation } from "../citations/add-citation.ts";
import { setVerdict } from "../verdicts/set-verdict.ts";
import { useSeededDatabase } from "@/test/use-database.ts";
import { listClaimReviews } from "./list-claim-reviews.ts";
import { listQuoteRecords } from "./list-quote-records.ts";

const t = useSeededDatabase();
const BASE = "https://attest.example.org:8443";
const source = { url: "https://www.handelsblatt.com/interview", title: "Handelsblatt interview", stance: "supports" };
let claimId: string;
let pendingClaimId: string;

async function review(itemId: string, status: "verified" | "disputed", version: number) {
  await addCitation(t.database.db, t.as.reviewer, itemId, source);
  await setVerdict(t.database.db, t.as.reviewer, itemId, { status, version });
}

beforeAll(async () => {
  const { items } = await getDocument(t.database.db, t.as.viewer, t.documentId);
  const stoltenberg = items.find((i) => i.type === "quote" && i.kind === "direct" && i.speaker?.name === "Jens Stoltenberg")!;
  const zelenskyy = items.find((i) => i.type === "quote" && i.kind === "direct" && i.speaker?.name === "Volodymyr Zelenskyy")!;
  const claims = items.filter((i) => i.type === "claim");
  claimId = claims.find((c) => c.text.includes("menewaskan lebih dari 30 orang"))!.id;
  pendingClaimId = claims.find((c) => c.id !== claimId)!.id;
  await review(stoltenberg.id, "verified", stoltenberg.version);
  await review(zelenskyy.id, "verified", zelenskyy.version);
  await review(claimId, "disputed", 1);
});

describe("quote sheet records", () => {
  it("hold the verified quotes by default, with speaker, document, reviewer and sources", async () => {
    const records = await listQuoteRecords(t.database.db, t.as.viewer, {}, BASE);
    expect(records.map((r) => r.speaker)).toEqual(["Jens Stoltenberg", "Volodymyr Zelenskyy"]);
    expect(records[0]).toMatchObject({
      verdict: "verified",
      kind: "direct",
      cue: "kata",
      documentTitle: "NATO",
      reviewer: t.as.reviewer.name,
      citations: [{ title: "Handelsblatt interview", url: source.url }],
      itemUrl: expect.stringMatching(new RegExp(`^${BASE}/documents/${t.documentId}#item-`)),
    });
  });

  it("filter by speaker, document, status and the articles' dates", async () => {
    expect(await listQuoteRecords(t.database.db, t.as.viewer, { speaker: "jens stoltenberg" }, BASE)).toHaveLength(1);
    expect(await listQuoteRecords(t.database.db, t.as.viewer, { documentId: t.documentId, status: "pending" }, BASE)).toHaveLength(6);
    expect(await listQuoteRecords(t.database.db, t.as.viewer, { from: "2030-01-01" }, BASE)).toEqual([]);
    await expect(listQuoteRecords(t.database.db, t.as.viewer, { from: "2023-02-01", to: "2023-01-01" }, BASE)).rejects.toMatchObject({ status: 422 });
    await expect(listQuoteRecords(t.database.db, null, {}, BASE)).rejects.toMatchObject({ status: 401 });
  });
});

describe("ClaimReview export", () => {
  it("gives one record per claim with a verdict, each with every field ClaimReview needs", async () => {
    const reviews = await listClaimReviews(t.database.db, t.as.viewer, {}, BASE);
    expect(reviews).toHaveLength(1);
    for (const r of reviews) {
      expect(r).toMatchObject({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        claimReviewed: expect.stringContaining("menewaskan lebih dari 30 orang"),
        url: `${BASE}/documents/${t.documentId}#item-${claimId}`,
        datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        author: { "@type": "Organization", name: expect.any(String), url: BASE },
        reviewBody: "Sources: Handelsblatt interview (https://www.handelsblatt.com/interview).",
        reviewRating: { "@type": "Rating", alternateName: "Disputed", ratingValue: 1, bestRating: 3, worstRating: 1 },
        itemReviewed: { "@type": "Claim", datePublished: expect.any(String), appearance: expect.objectContaining({ "@type": "CreativeWork" }) },
      });
      expect(["Person", "Organization"]).toContain((r.itemReviewed as { author?: { "@type": string } }).author?.["@type"] ?? "Organization");
    }
  });

  it("gives one item's record, and 404 for a claim still pending", async () => {
    expect(await listClaimReviews(t.database.db, t.as.viewer, { itemId: claimId }, BASE)).toHaveLength(1);
    await expect(listClaimReviews(t.database.db, t.as.viewer, { itemId: pendingClaimId }, BASE)).rejects.toMatchObject({ status: 404 });
  });
});
