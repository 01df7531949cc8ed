import "server-only";
import { asc } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client.ts";
import { requireRole, type Actor } from "../actor.ts";
import { BACKUP_TABLES, columnsOf, type Backup, type BackupRow, type BackupTableKey } from "./tables.ts";

/**
 * Every user (with password hashes, so accounts survive the move), API token (hashes only),
 * document, person, item, citation, verdict and audit event, ids preserved, as one JSON value
 * for importAll. Read in one repeatable-read transaction, so it is a consistent snapshot.
 * Timestamps keep millisecond precision (what a JS Date holds).
 */
export async function exportAll(db: Db, actor: Actor | null, now = new Date()): Promise<Backup> {
  requireRole(actor, "admin", "export the whole database");
  const tables = await db.transaction(
    async (tx) => {
      const out = {} as Record<BackupTableKey, BackupRow[]>;
      for (const { key, table } of BACKUP_TABLES) {
        const id = columnsOf(table).id!;
        const rows = await tx.select().from(table as PgTable).orderBy(asc(id));
        out[key] = rows.map(toJsonRow);
      }
      return out;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return { format: "attest-backup", version: 1, exportedAt: now.toISOString(), tables };
}

function toJsonRow(row: Record<string, unknown>): BackupRow {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}
