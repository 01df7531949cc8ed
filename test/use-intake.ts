import { afterAll, beforeAll } from "vitest";
import type { Database } from "@/db/client.ts";
import { openQueue, type Queue } from "@/server/jobs/queue.ts";
import { startWorker } from "@/server/jobs/worker.ts";
import { startFixtureSite, type FixtureSite } from "./fixture-site.ts";

/**
 * For a test file of the intake: the fixture site (allowed to the fetcher), the job queue on
 * the file's database and a worker on it, with `env` (retry settings, say) set meanwhile.
 */
export function useIntake(t: { database: Database }, env: Record<string, string> = {}) {
  const at = {} as { queue: Queue; site: FixtureSite };
  beforeAll(async () => {
    at.site = await startFixtureSite();
    Object.assign(process.env, env, { ATTEST_URL_ALLOW: `127.0.0.1:${at.site.port}` });
    at.queue = await openQueue(t.database);
    await startWorker(t.database.db, at.queue, { pollingIntervalSeconds: 0.5 });
  }, 60_000);
  afterAll(async () => {
    await at.queue.stop({ graceful: false, wait: true });
    await at.site.close();
    for (const name of [...Object.keys(env), "ATTEST_URL_ALLOW"]) delete process.env[name];
  });
  return at;
}
