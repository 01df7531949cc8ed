import { sql, type Placeholder } from "drizzle-orm";
import type { Db } from "./client.ts";

const statements = new WeakMap<Db, Map<string, unknown>>();

/**
 * A statement built once per database and name, then run with new values. Building a query
 * with drizzle's builders costs more than the round trip on the hot read paths (the token
 * check, the item lists), and a named statement is also prepared by the server once per
 * connection. Only for statements outside a transaction: a prepared query runs on the pool.
 */
export function prepared<T>(db: Db, name: string, build: () => T): T {
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map()));
  let statement = byName.get(name) as T | undefined;
  if (statement === undefined) byName.set(name, (statement = build()));
  return statement;
}

/**
 * How a query builder takes its values: bound in place (a one-off query, or one to EXPLAIN),
 * or as named placeholders (a statement for prepared()).
 */
export type Bind = <T>(name: string, value: T) => T | Placeholder;
export const bindValues: Bind = (_name, value) => value;
export const bindPlaceholders: Bind = (name) => sql.placeholder(name);
