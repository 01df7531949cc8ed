import "server-only";
import { getTableColumns } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { apiTokens, auditEvents, citations, documents, items, people, users, verdicts } from "@/db/schema.ts";

/**
 * The tables a backup carries, in an order that satisfies their foreign keys (a row only
 * points at rows of earlier tables). sign_in_attempts is left out on purpose: it is a
 * short-lived rate-limit log, meaningless on another server.
 */
export const BACKUP_TABLES = [
  { key: "users", table: users },
  { key: "apiTokens", table: apiTokens },
  { key: "documents", table: documents },
  { key: "people", table: people },
  { key: "items", table: items },
  { key: "citations", table: citations },
  { key: "verdicts", table: verdicts },
  { key: "auditEvents", table: auditEvents },
] as const;

export type BackupTableKey = (typeof BACKUP_TABLES)[number]["key"];

/** One row as JSON: column names as in the schema (camelCase), timestamps as ISO strings. */
export type BackupRow = Record<string, unknown>;

export interface Backup {
  format: "attest-backup";
  version: 1;
  exportedAt: string;
  tables: Record<BackupTableKey, BackupRow[]>;
}

export type BackupCounts = Record<BackupTableKey, number>;

export function columnsOf(table: PgTable): Record<string, PgColumn> {
  return getTableColumns(table) as Record<string, PgColumn>;
}

/** Columns read and written as JS Dates (timestamp with time zone); dates stay "YYYY-MM-DD" strings. */
export function isTimestamp(column: PgColumn): boolean {
  return column.columnType === "PgTimestamp";
}

export function countsOf(tables: Record<BackupTableKey, BackupRow[]>): BackupCounts {
  return Object.fromEntries(BACKUP_TABLES.map(({ key }) => [key, tables[key].length])) as BackupCounts;
}

/** "users 4, apiTokens 1, documents 1, …" for a one-line summary. */
export function describeCounts(counts: BackupCounts): string {
  return BACKUP_TABLES.map(({ key }) => `${key} ${counts[key]}`).join(", ");
}
