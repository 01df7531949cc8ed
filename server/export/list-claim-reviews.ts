import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { citations, documents, items, people, verdicts } from "@/db/schema.ts";
import { toClaimReview, type ReviewedClaim } from "@/lib/export/claim-review.ts";
import { requireRole, type Actor } from "../actor.ts";
import { itemLink } from "@/lib/export/link-base.ts";
import { publisher } from "../config.ts";
import { UUID } from "@/lib/uuid.ts";
import { notFound } from "../errors.ts";
import { validate } from "../validate.ts";
import { claimReviewExportSchema } from "@/lib/validations/export-query.ts";

/**
 * schema.org ClaimReview for every claim with a verdict (or one item). The claim's author is
 * the speaker of a quote it contains, when there is one; otherwise the article's source. The
 * review's body is the note of the verdict that set its rating, with the claim's citations.
 * Links start at `linkBase` (server/config.ts exportLinkBase).
 */
export async function listClaimReviews(db: Db, actor: Actor | null, filter: { itemId?: string; documentId?: string }, linkBase: string) {
  requireRole(actor, "viewer", "export fact-checks");
  if (filter.itemId && !UUID.test(filter.itemId)) throw notFound("That item");
  const { documentId } = validate(claimReviewExportSchema, { documentId: filter.documentId });
  const claims = await db
    .select({ item: items, document: documents })
    .from(items)
    .innerJoin(documents, eq(documents.id, items.documentId))
    .where(
      and(
        eq(items.type, "claim"),
        isNull(items.removedAt),
        ne(items.status, "pending"),
        filter.itemId ? eq(items.id, filter.itemId) : undefined,
        documentId ? eq(items.documentId, documentId) : undefined,
      ),
    )
    .orderBy(desc(documents.createdAt), asc(items.start));
  if (filter.itemId && !claims.length) throw notFound("A reviewed claim with that id");
  if (!claims.length) return [];
  const docIds = [...new Set(claims.map((c) => c.document.id))];
  const quotes = await db
    .select({ documentId: items.documentId, start: items.start, end: items.end, name: people.name, kind: people.kind })
    .from(items)
    .innerJoin(people, eq(people.id, items.speakerId))
    .where(and(inArray(items.documentId, docIds), eq(items.type, "quote"), isNull(items.removedAt)));
  const claimIds = claims.map((c) => c.item.id);
  const reviewed = await db
    .selectDistinctOn([verdicts.itemId], { itemId: verdicts.itemId, at: verdicts.createdAt, note: verdicts.note })
    .from(verdicts)
    .where(inArray(verdicts.itemId, claimIds))
    .orderBy(verdicts.itemId, desc(verdicts.version));
  const latest = new Map(reviewed.map((r) => [r.itemId, r]));
  const sources = await db
    .select({ itemId: citations.itemId, title: citations.title, url: citations.url })
    .from(citations)
    .where(and(inArray(citations.itemId, claimIds), isNull(citations.removedAt)))
    .orderBy(asc(citations.createdAt));
  const org = publisher(linkBase);
  return claims.map(({ item, document }) => {
    const quote = quotes.find((q) => q.documentId === item.documentId && q.start < item.end && item.start < q.end);
    // Every ClaimReview names who made the claim: its quote's speaker, else the publication.
    const author = quote ? { name: quote.name, kind: quote.kind } : { name: document.sourceName ?? "Unknown publication", kind: "org" as const };
    const claim: ReviewedClaim = {
      itemId: item.id,
      reviewUrl: itemLink(linkBase, document.id, item.id),
      text: item.text,
      verdict: item.status as ReviewedClaim["verdict"],
      reviewedAt: latest.get(item.id)?.at.toISOString() ?? item.updatedAt.toISOString(),
      note: latest.get(item.id)?.note ?? null,
      citations: sources.filter((c) => c.itemId === item.id).map(({ title, url }) => ({ title, url })),
      author,
      documentTitle: document.title,
      sourceUrl: document.sourceUrl,
      // An undated article appeared no later than its import.
      publishedAt: document.publishedAt ?? document.createdAt.toISOString().slice(0, 10),
    };
    return toClaimReview(claim, org);
  });
}
