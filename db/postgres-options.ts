import type { Options } from "postgres";

/**
 * postgres.js settings for the app's pool, so that a request during a PostgreSQL restart or
 * outage fails within seconds with a clear error instead of hanging, and the pool finds the
 * server again by itself when it is back (postgres.js opens connections on demand).
 *
 * - connect_timeout: a server that does not answer at all (a dropped network, a host that
 *   is down) otherwise holds every request for postgres.js's default 30 s.
 * - statement_timeout: a runaway or blocked statement is cancelled by the server instead of
 *   keeping its request, and a connection, for ever.
 * - idle_timeout: idle connections are closed, so few are left to find broken after a
 *   restart and the server's slots are given back when traffic drops.
 * - backoff: after a failed connection postgres.js waits before the pool's next attempt,
 *   3^n/100 s, up to 20 s, n counting every failure during the outage; a query handed to
 *   such a connection waits that long once the server is back (the fault check saw 17 s).
 *   Capped at 1 s here: each attempt is made for a query, so a short wait makes no storm.
 * - max_lifetime stays postgres.js's default (a random 30 to 60 minutes per connection, so
 *   they do not all reconnect at once).
 */
export function postgresOptions(env: Record<string, string | undefined> = process.env): Options<Record<string, never>> {
  const statement = seconds(env, "ATTEST_DB_STATEMENT_TIMEOUT", 30);
  return {
    max: 10,
    onnotice: () => {}, // notices ("relation already exists, skipping") are not news in a log
    connect_timeout: seconds(env, "ATTEST_DB_CONNECT_TIMEOUT", 5),
    idle_timeout: seconds(env, "ATTEST_DB_IDLE_TIMEOUT", 60),
    backoff: (retries) => (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** retries, 1),
    // In milliseconds for the server; 0 turns it off.
    connection: { statement_timeout: Math.round(statement * 1000) },
  };
}

/** Thrown at start for a setting that is not a number of seconds. */
export class BadSettingError extends Error {
  constructor(name: string, value: string) {
    super(`${name} must be a number of seconds (0 for none), not "${value}"`);
  }
}

function seconds(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new BadSettingError(name, value);
  return n;
}
