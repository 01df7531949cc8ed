import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Database } from "@/db/client.ts";

/** Articles whose text is in the job (files, the CLI): taken a batch at a time and written together. */
export const TEXT_QUEUE = "intake-text";
/** Articles to fetch from their address first: one at a time, several at once, since each waits on a site. */
export const URL_QUEUE = "intake-url";

/** One feed to check for new stories. */
export const FEED_QUEUE = "intake-feed";
/** Every few minutes: sends a FEED_QUEUE job for each feed whose time has come. */
export const FEEDS_DUE_QUEUE = "intake-feeds-due";

export type Queue = PgBoss;

/**
 * The settings every import job is sent with. A job whose worker died (killed, its machine
 * lost) is taken from it after `expireInSeconds` and retried; a failure that may pass (a site
 * down, the database restarting) is retried with growing delays (5, 10, 20 s); four tries in all. Each is a setting.
 */
export function jobPolicy() {
  const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  return {
    expireInSeconds: setting("ATTEST_JOB_EXPIRE_SECONDS", 300),
    retryLimit: setting("ATTEST_JOB_RETRIES", 3),
    retryDelay: setting("ATTEST_JOB_RETRY_DELAY", 5),
    retryBackoff: true,
  };
}

/**
 * pg-boss on the app's database, in its own `pgboss` schema: on PostgreSQL with a small pool of
 * its own, so workers on other machines share the same queue; on the embedded database through
 * its one client, so the same jobs run inside the server process.
 */
export async function openQueue(database: Database): Promise<Queue> {
  const { expireInSeconds } = jobPolicy();
  const common = {
    schema: "pgboss",
    // Dead workers' jobs are looked for at least twice within their expiry, and at most every minute.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(expireInSeconds / 2))),
    monitorStateIntervalSeconds: 60,
    schedule: true,
  };
  const boss =
    database.driver === "postgres"
      ? new PgBoss({ ...common, connectionString: database.url, max: 4, application_name: "attest-queue" })
      : new PgBoss({ ...common, db: pgliteExecutor(database.pglite!) });
  boss.on("error", (err) => console.error(`attest: job queue: ${err.message}`));
  await boss.start();
  for (const name of [TEXT_QUEUE, URL_QUEUE, FEED_QUEUE]) await boss.createQueue(name, { name, ...jobPolicy() });
  // One check at a time across every worker, the last one's result standing until the next.
  await boss.createQueue(FEEDS_DUE_QUEUE, { name: FEEDS_DUE_QUEUE, policy: "singleton", retryLimit: 0 });
  await boss.schedule(FEEDS_DUE_QUEUE, "*/5 * * * *");
  return boss;
}

/** pg-boss's database port over PGlite: its statements without parameters may be several at once. */
function pgliteExecutor(client: PGlite) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values?.length) return client.query(text, values as never[]);
      const results = await client.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
}
