/** The rows of a db.execute(): PGlite's execute() gives { rows }, postgres.js's the rows themselves. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
