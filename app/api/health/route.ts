import { sql } from "drizzle-orm";
import { DatabaseUnavailableError, withOutageAsAppError } from "@/server/errors.ts";
import { getDatabase } from "@/server/runtime.ts";
import { json } from "../_lib/respond.ts";

/** For load balancers and uptime checks: no credentials, and a 503 while the database is unreachable. */
export async function GET(): Promise<Response> {
  const driver = process.env.DATABASE_URL ? "postgres" : "pglite";
  try {
    const database = await getDatabase();
    await database.db.execute(sql`select 1`);
    return json({ ok: true, db: database.driver });
  } catch (error) {
    const outage = withOutageAsAppError(error);
    if (outage instanceof DatabaseUnavailableError) console.error(outage.logLine());
    else console.error("attest: health check failed:", error);
    return json({ ok: false, db: driver, error: { code: "unavailable", message: "The database cannot be reached." } }, 503);
  }
}
