import { exportLinkBase } from "@/server/config.ts";
import { listClaimReviews } from "@/server/export/list-claim-reviews.ts";
import { apiRoute } from "../../_lib/api-route.ts";
import { jsonLd } from "../../_lib/respond.ts";

/** GET /api/export/claimreview[?documentId|?itemId]: schema.org ClaimReview records, a JSON-LD array. */
export const GET = apiRoute(async ({ request, db, actor, query }) =>
  jsonLd(await listClaimReviews(db, actor, { itemId: query.itemId || undefined, documentId: query.documentId || undefined }, exportLinkBase(request))),
);
