import { getDatabase } from "./runtime.ts";

/**
 * Run once as the server starts (instrumentation.ts): refuse a PostgreSQL set-up without a
 * session secret, then open the database so a first start migrates and seeds before anyone
 * signs in.
 */
export async function boot() {
  if (process.env.DATABASE_URL && !process.env.AUTH_SECRET) {
    console.error("attest: AUTH_SECRET is not set. A server on PostgreSQL needs a fixed secret for its sessions: set AUTH_SECRET to a long random string.");
    process.exit(1);
  }
  try {
    const { driver } = await getDatabase();
    console.log(`attest: database ready (${driver})`);
  } catch (e) {
    console.error(`attest: ${(e as Error).message}`);
    process.exit(1);
  }
}
