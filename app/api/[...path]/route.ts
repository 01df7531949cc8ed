import { notFound } from "@/server/errors.ts";
import { errorResponse } from "../_lib/respond.ts";

// An unknown /api address answers in the API's own JSON, not with the site's HTML 404 page.
const unknownRoute = async () => errorResponse(notFound("That API address"));

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
