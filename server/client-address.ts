import "server-only";

/**
 * The client's address from X-Forwarded-For. `next start` fills that header with the socket's
 * address only when the client sent none, so with no proxy in front (ATTEST_TRUSTED_PROXIES=0,
 * the default) the last entry is either the socket or the client's own claim; behind N proxies
 * that each append what they saw, the N-th entry from the end is the one a proxy vouches for.
 * The sign-in limits stay safe either way: a forged address is never "usual" for an account.
 */
export function clientAddress(headers: Headers, trustedProxies = trustedProxyCount()): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const entry = entries[entries.length - Math.max(1, trustedProxies)];
  return entry ? normalise(entry).slice(0, 64) : null;
}

function trustedProxyCount(): number {
  const n = Number(process.env.ATTEST_TRUSTED_PROXIES ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client. */
function normalise(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}
