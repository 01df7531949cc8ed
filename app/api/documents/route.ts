import { importDocument } from "@/server/documents/import-document.ts";
import { listDocuments } from "@/server/documents/list-documents.ts";
import { MAX_BODY_BYTES } from "@/lib/validations/document.ts";
import { apiRoute } from "../_lib/api-route.ts";
import { readJsonBody } from "../_lib/read-json-body.ts";
import { json } from "../_lib/respond.ts";

// The article may be 1 MB of UTF-8; JSON escaping and the metadata need room on top of that.
const REQUEST_LIMIT = { bytes: MAX_BODY_BYTES + 100_000, message: "The article is larger than 1 MB." };

export const GET = apiRoute(async ({ db, actor, query }) => json(await listDocuments(db, actor, query)));

export const POST = apiRoute(async ({ db, actor, request }) => {
  const { document, counts, duplicate } = await importDocument(db, actor, await readJsonBody(request, REQUEST_LIMIT));
  return duplicate ? json({ document, duplicate: true }) : json({ document, counts }, 201);
});
