import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents, items } from "@/db/schema.ts";
import { apiRequest, openApiTestContext, refusal, routeParams, type ApiTestContext } from "@/test/api.ts";
import { importArticles } from "@/test/articles.ts";
import { addCitation } from "@/server/citations/add-citation.ts";
import { setVerdict } from "@/server/verdicts/set-verdict.ts";
import { GET as getOne } from "./[itemId]/route.ts";
import { GET } from "./route.ts";

let t: ApiTestContext;
let ids: Awaited<ReturnType<typeof importArticles>>;
let reviewed: { id: string; documentId: string; status: string }[];
let pendingId: string;
beforeAll(async () => {
  t = await openApiTestContext();
  const db = t.database.db;
  ids = await importArticles(db, t.as.editor);
  // A claim outside any quote is attributed to the article's source: give both articles one.
  await db.update(documents).set({ sourceName: "Bisnis.com" }).where(eq(documents.id, ids.nato));
  await db.update(documents).set({ sourceName: "Wikinews" }).where(eq(documents.id, ids.health));
  const claims = await db.select({ id: items.id, documentId: items.documentId, version: items.version }).from(items).where(eq(items.type, "claim"));
  const nato = claims.filter((c) => c.documentId === ids.nato);
  const health = claims.filter((c) => c.documentId === ids.health);
  const plan = [
    [nato[0]!, "disputed"],
    [nato[1]!, "verified"],
    [health[0]!, "unverifiable"],
  ] as const;
  for (const [c, status] of plan) {
    await addCitation(db, t.as.reviewer, c.id, { url: "https://example.org/check", title: "Check", stance: "context" });
    await setVerdict(db, t.as.reviewer, c.id, { status, version: c.version });
  }
  reviewed = plan.map(([c, status]) => ({ id: c.id, documentId: c.documentId, status }));
  pendingId = nato[2]!.id;
});
afterAll(() => t.close());

const get = (query: string, token = t.tokens.viewer) => GET(apiRequest(`/api/export/claimreview${query}`, { token }));
const one = (itemId: string, token = t.tokens.viewer) => getOne(apiRequest(`/api/export/claimreview/${itemId}`, { token }), routeParams({ itemId }));

const RATINGS = { disputed: [1, "Disputed"], unverifiable: [2, "Unverifiable"], verified: [3, "Verified"] } as const;

/** Every field the brief and Google's ClaimReview guidelines ask for. */
function expectClaimReview(r: Record<string, unknown>) {
  expect(r).toMatchObject({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: expect.any(String),
    url: expect.stringMatching(/^https?:\/\/.+\/documents\/.+#item-/),
    datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    author: { "@type": "Organization", name: expect.any(String) },
    reviewRating: {
      "@type": "Rating",
      alternateName: expect.any(String),
      ratingValue: expect.any(Number),
      bestRating: 3,
      worstRating: 1,
    },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": expect.stringMatching(/^(Person|Organization)$/), name: expect.any(String) },
      appearance: expect.objectContaining({ "@type": "CreativeWork" }),
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    },
  });
}

describe("GET /api/export/claimreview", () => {
  it("answers 401 without credentials or with a bad token", async () => {
    expect((await get("", "")).status).toBe(401);
    expect((await get("", "att_wrong")).status).toBe(401);
    expect((await one(reviewed[0]!.id, "")).status).toBe(401);
  });

  it("gives a JSON-LD array of every reviewed claim, each a complete ClaimReview on the documented scale", async () => {
    const response = await get("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const records = (await response.json()) as (Record<string, unknown> & { url: string; reviewRating: unknown })[];
    expect(records).toHaveLength(3);
    for (const r of records) {
      expectClaimReview(r);
      const claim = reviewed.find((c) => r.url.endsWith(`#item-${c.id}`))!;
      const [value, name] = RATINGS[claim.status as keyof typeof RATINGS];
      expect(r.reviewRating).toMatchObject({ ratingValue: value, alternateName: name });
    }
  });

  it("narrows to one document with ?documentId and to one item with ?itemId", async () => {
    const nato = (await (await get(`?documentId=${ids.nato}`)).json()) as { url: string }[];
    expect(nato).toHaveLength(2);
    const single = (await (await get(`?itemId=${reviewed[2]!.id}`)).json()) as { url: string }[];
    expect(single.map((r) => r.url.split("#item-")[1])).toEqual([reviewed[2]!.id]);
  });

  it("gives one record at /:itemId, and 404 for a pending claim or an id that is no item", async () => {
    const response = await one(reviewed[1]!.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const record = await response.json();
    expectClaimReview(record);
    expect(record.reviewRating).toMatchObject({ ratingValue: 3, alternateName: "Verified" });
    expect((await one(pendingId)).status).toBe(404);
    expect((await one("not-an-id")).status).toBe(404);
  });
});

describe("GET /api/export/claimreview: a malformed documentId", () => {
  it.each(["42", "not-a-uuid", `${"0".repeat(8)}-0000-0000-0000-00000000000g`])("answers 422 naming documentId for %j, rather than every claim", async (documentId) => {
    expect(await refusal(await get(`?documentId=${documentId}`))).toMatchObject({
      status: 422,
      code: "validation",
      fields: { documentId: ["documentId must be a document id."] },
    });
  });
});
