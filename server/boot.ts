import "server-only";
import type { Db } from "@/db/client.ts";
import { startJobs, worksInProcess } from "./jobs/runtime.ts";
import { getDatabase } from "./runtime.ts";

/**
 * Run once as the server starts (instrumentation.ts): refuse a PostgreSQL set-up without a
 * session secret, then open the database so a first start migrates and seeds before anyone
 * signs in. The seeding is handed in: seeds/ builds on this layer's services, so this layer
 * cannot import it.
 */
export async function boot(seedEmbedded: (db: Db) => Promise<void>) {
  if (process.env.DATABASE_URL && !process.env.AUTH_SECRET) {
    console.error("attest: AUTH_SECRET is not set. A server on PostgreSQL needs a fixed secret for its sessions: set AUTH_SECRET to a long random string.");
    process.exit(1);
  }
  try {
    const database = await getDatabase();
    if (database.driver === "pglite") await seedEmbedded(database.db);
    console.log(`attest: database ready (${database.driver})`);
    await startJobs(database);
    console.log(`attest: job queue ready${worksInProcess(database) ? ", working imports in this process" : " (imports are worked by `npm run worker`)"}`);
  } catch (e) {
    console.error(`attest: ${(e as Error).message}`);
    process.exit(1);
  }
}
