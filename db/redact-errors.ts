import { DrizzleQueryError } from "drizzle-orm";
import { PgPreparedQuery } from "drizzle-orm/pg-core";

/**
 * Takes the query's values out of every error a failed query throws, before anything can log
 * it. drizzle's DrizzleQueryError says "params: …" in its message and keeps them in `params`;
 * the driver's error below it (`cause`) has a `detail` such as "Key (email)=(ana@…) already
 * exists.", and PGlite's also carries `params`. Those values are emails, password and token
 * hashes, reviewers' notes: Next.js prints an error that escapes a page with all of that, and
 * so would any console.error. The SQL text stays (it has $1 placeholders, not values), and so
 * do the SQLSTATE code, the constraint and the table, which are what a reader needs.
 *
 * drizzle builds the error in PgPreparedQuery.queryWithCache, which every query of both
 * drivers (builders, db.execute, relational queries, the migrator) goes through, so that one
 * method is wrapped, once per process.
 */
const WRAPPED = Symbol.for("attest.redactQueryErrors");

export function redactQueryErrors(): void {
  const proto = PgPreparedQuery.prototype as unknown as Record<string | symbol, unknown>;
  if (proto[WRAPPED]) return;
  const original = proto.queryWithCache;
  // An upgrade of drizzle that renames it must fail loudly here, not leak quietly.
  if (typeof original !== "function") throw new Error("drizzle-orm's PgPreparedQuery.queryWithCache is gone: update db/redact-errors.ts");
  proto.queryWithCache = async function (this: unknown, ...args: unknown[]) {
    try {
      return await (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    } catch (e) {
      throw redactQueryError(e);
    }
  };
  proto[WRAPPED] = true;
}

/** The same error without the values; exported for the tests. */
export function redactQueryError(error: unknown): unknown {
  if (!(error instanceof DrizzleQueryError)) return error;
  setMessage(error, `Failed query: ${error.query}`);
  Reflect.deleteProperty(error, "params");
  if (isServerError(error.cause)) error.cause = serverError(error.cause);
  return error;
}

type ServerError = Error & { code: string } & Record<string, unknown>;

// An error the database server sent has a five-character SQLSTATE; a refused connection has
// a Node code (ECONNREFUSED) and no values, so it stays as it is.
const isServerError = (e: unknown): e is ServerError => e instanceof Error && /^[0-9A-Z]{5}$/.test(String((e as { code?: unknown }).code));

// What is kept of it: both drivers' names for the same facts. Everything else goes, with the
// values in `detail`, PGlite's `params` and postgres.js's unenumerable `parameters`.
const KEPT = ["code", "severity", "schema", "schema_name", "table", "table_name", "column", "column_name", "constraint", "constraint_name", "routine"];

function serverError(e: ServerError): Error {
  // Class 22 (data exceptions) quote the offending value: `invalid input syntax for type uuid: "abc"`.
  const message = e.code.startsWith("22") ? e.message.replace(/"[^"]*"/g, '"…"') : e.message;
  const safe = Object.assign(new Error(message), Object.fromEntries(KEPT.filter((k) => e[k] !== undefined).map((k) => [k, e[k]])));
  safe.name = e.name === "error" ? "DatabaseError" : e.name; // PGlite's class is called "error"
  setMessage(safe, message, e.stack);
  return safe;
}

// The stack's first line repeats the message as it was thrown: rewrite it, keep the frames.
function setMessage(error: Error, message: string, stack = error.stack) {
  const frames = (stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  error.message = message;
  error.stack = [`${error.name}: ${message}`, ...frames].join("\n");
}
