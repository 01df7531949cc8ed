/**
 * Whether a failed query failed for want of the database (down, restarting, unreachable, too
 * slow) rather than because of the query itself. Route handlers and forms answer these with
 * "try again" (503) instead of a bare 500, and nobody has to read a stack trace to tell a
 * PostgreSQL restart from a bug.
 */
export type Outage = "unreachable" | "timeout";

// Socket errors from Node, and postgres.js's own codes for a connection that went away.
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  // SQLSTATEs of a server shutting down, crashed, still starting, or out of connections.
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

// 57014 is a statement cancelled by statement_timeout; 25P03 an idle transaction timed out.
const TIMEOUT = new Set(["57014", "25P03"]);

export function databaseOutage(error: unknown): Outage | null {
  // drizzle wraps the driver's error in `cause`; a refused connection to a name with two
  // addresses (localhost: ::1 and 127.0.0.1) is an AggregateError of both.
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? "");
    if (TIMEOUT.has(code)) return "timeout";
    if (UNREACHABLE.has(code) || code.startsWith("08")) return "unreachable";
    if (e instanceof AggregateError && e.errors.some((inner) => databaseOutage(inner) === "unreachable")) return "unreachable";
  }
  return null;
}
