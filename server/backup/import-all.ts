import "server-only";
import { getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db } from "@/db/client.ts";
import { requireRole, type Actor } from "../actor.ts";
import { AppError } from "../errors.ts";
import { validate } from "../validate.ts";
import { BACKUP_TABLES, columnsOf, countsOf, describeCounts, isTimestamp, type BackupCounts, type BackupRow } from "./tables.ts";

const CHUNK = 500;

const rows = z.array(z.record(z.string(), z.unknown(), { error: "Each row must be an object." }), { error: "Expected a list of rows." });

const backupSchema = z.object(
  {
    format: z.literal("attest-backup", { error: 'Not an Attest backup (format is not "attest-backup").' }),
    version: z.literal(1, { error: "Unsupported backup version: this Attest reads version 1." }),
    exportedAt: z.string().optional(),
    tables: z.object({
      users: rows,
      apiTokens: rows.optional().default([]),
      documents: rows,
      people: rows,
      items: rows,
      citations: rows,
      verdicts: rows,
      auditEvents: rows,
    }),
  },
  { error: "Not an Attest backup (expected a JSON object)." },
);

/**
 * Loads an exportAll backup into an EMPTY database: every row with its id, in one transaction
 * (so a bad row leaves nothing behind), in foreign-key order, at most 500 rows a statement.
 * A database holding any user, token, document, person, item, citation, verdict or audit
 * event is refused rather than merged. The import itself is not audited: the audit log
 * arrives as it was.
 */
export async function importAll(db: Db, actor: Actor | null, input: unknown): Promise<BackupCounts> {
  requireRole(actor, "admin", "import a whole database");
  const backup = validate(backupSchema, input);
  const prepared = BACKUP_TABLES.map(({ key, table }) => ({ key, table, rows: backup.tables[key].map((row, i) => toInsertRow(table, key, row, i)) }));

  await db.transaction(async (tx) => {
    // Nobody writes between the emptiness check and the inserts.
    await tx.execute(sql.raw(`lock table ${BACKUP_TABLES.map(({ table }) => tableName(table)).join(", ")} in exclusive mode`));
    const present: string[] = [];
    for (const { key, table } of BACKUP_TABLES) {
      const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(table as PgTable);
      if (row && row.n > 0) present.push(`${key} ${row.n}`);
    }
    if (present.length) {
      throw new AppError(
        "conflict",
        `the database is not empty (${present.join(", ")}): import-all only fills an empty database; use a fresh ATTEST_DATA_DIR or DATABASE_URL`,
      );
    }
    for (const { key, table, rows } of prepared) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        try {
          await tx.insert(table as PgTable).values(rows.slice(i, i + CHUNK));
        } catch (err) {
          throw new AppError("validation", `the backup's ${key} were refused by the database: ${databaseReason(err)}`);
        }
      }
    }
    // Ids were given explicitly, so the serial sequence never moved: set it past the imported ones.
    if (backup.tables.auditEvents.length) {
      await tx.execute(sql`select setval(pg_get_serial_sequence('audit_events', 'id'), (select max(id) from audit_events))`);
    }
  });
  return countsOf(backup.tables);
}

export { describeCounts };

function tableName(table: PgTable): string {
  return `"${getTableName(table)}"`;
}

function toInsertRow(table: PgTable, key: string, row: BackupRow, index: number): Record<string, unknown> {
  const columns = columnsOf(table);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    const column = columns[name];
    if (!column) throw new AppError("validation", `the backup's ${key} row ${index + 1} has an unknown column "${name}"`);
    if (isTimestamp(column) && value !== null) {
      const date = typeof value === "string" ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) {
        throw new AppError("validation", `the backup's ${key} row ${index + 1} has an invalid timestamp in "${name}"`);
      }
      out[name] = date;
    } else {
      out[name] = value;
    }
  }
  return out;
}

/** The database's own sentence (drizzle wraps it in "Failed query: …" with the whole SQL). */
function databaseReason(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  return cause instanceof Error ? cause.message : String(cause);
}
