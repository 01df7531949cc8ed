import { isNavigation, nothingToExportPage } from "@/lib/export/nothing-to-export.ts";
import { PRINT_CSP } from "@/lib/security-headers.ts";
import { exportLinkBase } from "@/server/config.ts";
import { listClaimReviews } from "@/server/export/list-claim-reviews.ts";
import { apiRoute } from "../../_lib/api-route.ts";
import { jsonLd } from "../../_lib/respond.ts";

/** GET /api/export/claimreview[?documentId|?itemId]: schema.org ClaimReview records, a JSON-LD array. */
export const GET = apiRoute(async ({ request, db, actor, query }) => {
  const documentId = query.documentId || undefined;
  const reviews = await listClaimReviews(db, actor, { itemId: query.itemId || undefined, documentId }, exportLinkBase(request));
  if (!reviews.length && isNavigation(request.headers)) {
    const back = documentId ? { href: `/documents/${encodeURIComponent(documentId)}`, label: "← Back to the document" } : { href: "/", label: "← Back to the documents" };
    return new Response(nothingToExportPage("claims with a verdict", back), {
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": PRINT_CSP },
    });
  }
  return jsonLd(reviews);
});
