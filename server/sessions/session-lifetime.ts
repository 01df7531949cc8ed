import "server-only";

/**
 * A session ends after this long without a request (idle) and, whatever happens, this long
 * after sign-in (absolute): a laptop left signed in on a desk does not stay signed in for ever.
 */
export function sessionLifetime() {
  return {
    idleMinutes: positive(process.env.ATTEST_SESSION_IDLE_MINUTES, 12 * 60),
    absoluteMinutes: positive(process.env.ATTEST_SESSION_MAX_MINUTES, 7 * 24 * 60),
  };
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : fallback;
}
