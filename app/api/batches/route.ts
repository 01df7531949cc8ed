import { requireRole } from "@/server/actor.ts";
import { getQueue } from "@/server/jobs/runtime.ts";
import { startBatch } from "@/server/intake/start-batch.ts";
import { apiRoute } from "../_lib/api-route.ts";
import { readJsonBody } from "../_lib/read-json-body.ts";
import { json } from "../_lib/respond.ts";

// A day's coverage as files: room for many articles, each still held to 1 MB by its job.
const REQUEST_LIMIT = { bytes: 25_000_000, message: "The import is larger than 25 MB. Send the files in several imports." };

/** `{ kind: "files", files: [{ name, format, body }] }` or `{ kind: "urls", urls: [...] }`: 202 `{ batchId }`, one job per article. */
export const POST = apiRoute(async ({ db, actor, request }) => {
  // Checked before 25 MB is read; the service checks again.
  requireRole(actor, "editor", "import documents");
  const { batchId } = await startBatch(db, await getQueue(), actor, await readJsonBody(request, REQUEST_LIMIT));
  return json({ batchId }, 202);
});
