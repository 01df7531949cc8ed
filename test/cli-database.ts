import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Db } from "@/db/client.ts";
import { freshPostgresDatabase } from "./database.ts";
import { runAttest } from "./run-attest.ts";

/**
 * The database the CLI works on in one test file: embedded, in a temporary folder, and DATABASE_URL
 * unset for the child, so a developer's PostgreSQL is never written to. With `followDatabaseUrl`
 * and DATABASE_URL set, a new database on that server instead, dropped at the end.
 */
export function useCliDatabase(prefix: string, { followDatabaseUrl = false } = {}) {
  const at = { tmp: "", dataDir: "", url: undefined as string | undefined, drop: async () => {} };
  beforeAll(async () => {
    at.tmp = mkdtempSync(join(tmpdir(), prefix));
    at.dataDir = join(at.tmp, "pglite");
    const server = process.env.DATABASE_URL;
    if (followDatabaseUrl && server) ({ url: at.url, drop: at.drop } = await freshPostgresDatabase(server));
  });
  afterAll(async () => {
    await at.drop();
    rmSync(at.tmp, { recursive: true, force: true });
  });
  return {
    get tmp() {
      return at.tmp;
    },
    get dataDir() {
      return at.dataDir;
    },
    /** The CLI with `args`, and `input` on its stdin. */
    attest: (args: string[], input?: string) => runAttest(args, { ATTEST_DATA_DIR: at.dataDir, DATABASE_URL: at.url }, input),
    /** Works on the CLI's database from the test, between commands (the embedded one is locked meanwhile). */
    async inDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
      const database = await openDatabase(at.url ? { url: at.url } : { dataDir: at.dataDir });
      try {
        return await work(database.db);
      } finally {
        await database.close();
      }
    },
  };
}
