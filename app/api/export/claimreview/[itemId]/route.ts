import { exportLinkBase } from "@/server/config.ts";
import { listClaimReviews } from "@/server/export/list-claim-reviews.ts";
import { apiRoute } from "../../../_lib/api-route.ts";
import { jsonLd } from "../../../_lib/respond.ts";

/** GET /api/export/claimreview/:itemId: one reviewed claim's ClaimReview record (404 for any other id). */
export const GET = apiRoute<{ itemId: string }>(async ({ request, db, actor, params }) => {
  const [review] = await listClaimReviews(db, actor, { itemId: params.itemId }, exportLinkBase(request));
  return jsonLd(review);
});
