import { importDocument } from "@/server/documents/import-document.ts";
import { listDocuments } from "@/server/documents/list-documents.ts";
import { AppError } from "@/server/errors.ts";
import { importFromUrl } from "@/server/intake/import-url.ts";
import { MAX_BODY_BYTES } from "@/lib/validations/document.ts";
import { apiRoute } from "../_lib/api-route.ts";
import { readJsonBody } from "../_lib/read-json-body.ts";
import { json } from "../_lib/respond.ts";

// The article may be 1 MB of UTF-8; JSON escaping and the metadata need room on top of that.
const REQUEST_LIMIT = { bytes: MAX_BODY_BYTES + 100_000, message: "The article is larger than 1 MB." };

export const GET = apiRoute(async ({ db, actor, query }) => json(await listDocuments(db, actor, query)));

/** `{ title, body, … }` imports the text as sent; `{ url, … }` fetches the article from its page. */
export const POST = apiRoute(async ({ db, actor, request }) => {
  const input = await readJsonBody(request, REQUEST_LIMIT);
  const { document, counts, duplicate } = byAddress(input) ? await importFromUrl(db, actor, input) : await importDocument(db, actor, input);
  return duplicate ? json({ document, duplicate: true }) : json({ document, counts }, 201);
});

function byAddress(input: unknown): boolean {
  if (!input || typeof input !== "object" || !("url" in input)) return false;
  if ("body" in input) {
    const message = "Send the article's text (body) or its address (url), not both.";
    throw new AppError("validation", message, { url: [message] });
  }
  return true;
}
