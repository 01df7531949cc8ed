import { getDocument } from "@/server/documents/get-document.ts";
import { apiRoute } from "../../_lib/api-route.ts";
import { json } from "../../_lib/respond.ts";

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => json(await getDocument(db, actor, params.id)));
