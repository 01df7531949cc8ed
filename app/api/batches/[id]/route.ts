import { getBatch } from "@/server/intake/get-batch.ts";
import { apiRoute } from "../../_lib/api-route.ts";
import { json } from "../../_lib/respond.ts";

/** A bulk import's progress: every entry's result so far, and whether it has finished. */
export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => json(await getBatch(db, actor, params.id)));
