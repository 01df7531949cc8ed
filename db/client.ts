import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { releaseLock, takeLock } from "./lock.ts";
import { postgresOptions } from "./postgres-options.ts";
import { redactQueryErrors } from "./redact-errors.ts";
import * as schema from "./schema.ts";

/** The one database type above this file: PGlite and postgres.js look the same from here up. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** What db.transaction hands its callback: code that must run inside one takes this. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface Database {
  db: Db;
  driver: "pglite" | "postgres";
  /** The server's address (postgres) or the embedded client itself (pglite), for the job queue. */
  url?: string;
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… ; without it the embedded PGlite is used. */
  url?: string;
  /** The PGlite folder, or "memory://" for a throwaway database. */
  dataDir?: string;
}

const MIGRATIONS = path.join(process.cwd(), "db/migrations");

/** Where the embedded database lives unless ATTEST_DATA_DIR says otherwise. */
export function defaultDataDir(): string {
  return process.env.ATTEST_DATA_DIR ?? path.join(process.cwd(), ".data/pglite");
}

/** Opens and migrates a database. The embedded one is locked to this process while it is open. */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  redactQueryErrors();
  if (opts.url) {
    const options = postgresOptions();
    // Migrations get a connection of their own without the statement timeout: building an
    // index on a big table may rightly take longer than any request should.
    const migrator = postgres(opts.url, { ...options, max: 1, connection: {} });
    try {
      await migratePostgres(drizzlePostgres(migrator) as never, { migrationsFolder: MIGRATIONS });
    } finally {
      await migrator.end({ timeout: 5 });
    }
    const client = postgres(opts.url, options);
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return { db, driver: "postgres", url: opts.url, close: () => client.end({ timeout: 5 }) };
  }
  const dataDir = opts.dataDir ?? defaultDataDir();
  const memory = dataDir.startsWith("memory://");
  if (!memory) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    acquireLock(dataDir);
  }
  const client = new PGlite(dataDir, { extensions: { pg_trgm } });
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS });
  return {
    db,
    driver: "pglite",
    pglite: client,
    close: async () => {
      await client.close();
      if (!memory) releaseLock(lockFile(dataDir));
    },
  };
}

/** Thrown when another live process holds the embedded database. */
export class DatabaseBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    const relative = path.relative(process.cwd(), dataDir);
    super(
      `the embedded database ${relative && !relative.startsWith("..") ? relative : dataDir} is in use by process ${pid} ` +
        `(the Attest server?): stop it first, or set DATABASE_URL to use PostgreSQL`,
    );
  }
}

// PGlite is one process: a second one opening the same folder would not see the first's writes.
const lockFile = (dataDir: string) => `${dataDir}.lock`;

function acquireLock(dataDir: string) {
  const holder = takeLock(lockFile(dataDir));
  if (holder !== null) throw new DatabaseBusyError(dataDir, holder);
  process.once("exit", () => releaseLock(lockFile(dataDir)));
}
