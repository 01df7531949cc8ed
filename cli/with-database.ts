import { DatabaseBusyError, openDatabase, type Db } from "@/db/client.ts";
import { AppError } from "@/server/errors.ts";
import { cliErrorFrom } from "./app-error-to-cli.ts";
import { CliError } from "./cli-error.ts";

/**
 * Runs `work` on the app's database (PostgreSQL at DATABASE_URL, else the embedded one) and
 * closes it again, however `work` ends. A server holding the embedded database is exit 2;
 * the service's errors become one line (see cliErrorFrom).
 */
export async function withDatabase<T>(work: (db: Db) => Promise<T>, flags: Record<string, string> = {}): Promise<T> {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { url } : {}).catch((err: unknown) => {
    if (err instanceof DatabaseBusyError) throw new CliError(err.message, 2);
    throw new CliError(`cannot open the database: ${err instanceof Error ? err.message : String(err)}`);
  });
  try {
    return await work(database.db);
  } catch (err) {
    throw err instanceof AppError ? cliErrorFrom(err, flags) : err;
  } finally {
    await database.close();
  }
}
