import "server-only";
import { openDatabase, type Database } from "@/db/client.ts";

const holder = globalThis as typeof globalThis & { __attestDatabase?: Promise<Database> };

/**
 * The app's database, opened once per server process (and kept across hot reloads):
 * PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in .data/ (which boot.ts
 * seeds on its very first start).
 */
export function getDatabase(): Promise<Database> {
  holder.__attestDatabase ??= boot().catch((e) => {
    holder.__attestDatabase = undefined; // let the next request try again
    throw e;
  });
  return holder.__attestDatabase;
}

function boot(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return openDatabase(url ? { url } : {});
}

/**
 * Route-handler tests call the real handlers on their own test database: this puts it in
 * the singleton's place (or clears it) so nothing opens .data/ or seeds demo accounts.
 */
export function useDatabaseForTests(database: Database | undefined): void {
  holder.__attestDatabase = database && Promise.resolve(database);
}

export async function getDb() {
  return (await getDatabase()).db;
}
