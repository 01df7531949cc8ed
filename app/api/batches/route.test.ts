import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openQueue, type Queue } from "@/server/jobs/queue.ts";
import { useQueueForTests } from "@/server/jobs/runtime.ts";
import { startWorker } from "@/server/jobs/worker.ts";
import { apiRequest, openApiTestContext, refusal, routeParams, type ApiTestContext } from "@/test/api.ts";
import { GET } from "./[id]/route.ts";
import { POST } from "./route.ts";

let t: ApiTestContext;
let queue: Queue;
beforeAll(async () => {
  t = await openApiTestContext();
  queue = await openQueue(t.database);
  useQueueForTests(queue);
  await startWorker(t.database.db, queue, { pollingIntervalSeconds: 0.5 });
}, 60_000);
afterAll(async () => {
  useQueueForTests(undefined);
  await queue.stop({ graceful: false, wait: true });
  await t.close();
});

const post = (init: Parameters<typeof apiRequest>[1]) => POST(apiRequest("/api/batches", { method: "POST", ...init }));
const get = (id: string, token = t.tokens.editor) => GET(apiRequest(`/api/batches/${id}`, { token }), routeParams({ id }));

describe("POST /api/batches and GET /api/batches/:id", () => {
  it("answers 202 { batchId }, and the batch's page follows each article to its result", async () => {
    const files = [
      { name: "a.txt", body: 'Bridge closes for repairs\n"The bridge will reopen in June," the county engineer Tom Reyes said on Friday.' },
      { name: "b.txt", body: "" },
    ];
    const response = await post({ json: { kind: "files", files, sourceName: "County Desk" }, token: t.tokens.editor });
    expect(response.status).toBe(202);
    const { batchId } = await response.json();
    let batch;
    for (let i = 0; i < 100; i++) {
      batch = await (await get(batchId)).json();
      if (batch.finished) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(batch).toMatchObject({ label: "2 files", finished: true, counts: { total: 2, imported: 1, failed: 1 } });
    expect(batch.entries[0]).toMatchObject({ label: "a.txt", status: "imported", document: { title: "Bridge closes for repairs" } });
    expect(batch.entries[1]).toMatchObject({ label: "b.txt", status: "failed", reason: "There is no article text in this file." });
  }, 30_000);

  it("refuses a reviewer with 403 before reading the body, and says what is wrong with a bad batch", async () => {
    expect((await post({ json: { kind: "urls", urls: ["https://x.example/"] }, token: t.tokens.reviewer })).status).toBe(403);
    expect(await refusal(await post({ json: { kind: "urls", urls: [] }, token: t.tokens.editor }))).toMatchObject({ status: 422, code: "validation", fields: { urls: ["Give at least one address."] } });
    expect(await refusal(await post({ json: { kind: "files", files: [], urls: [] }, headers: { "content-length": "30000000" }, token: t.tokens.editor }))).toMatchObject({ status: 413, code: "payload_too_large" });
  });

  it("answers 404 for an unknown batch and 403 to a viewer", async () => {
    expect((await get(crypto.randomUUID())).status).toBe(404);
    expect((await get("not-an-id")).status).toBe(404);
    expect((await get(crypto.randomUUID(), t.tokens.viewer)).status).toBe(403);
  });
});
