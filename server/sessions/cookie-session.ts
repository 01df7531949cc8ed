import "server-only";
import { getToken } from "next-auth/jwt";

interface SessionIds {
  userId: string;
  sessionId: string;
}

// Decrypting the cookie costs about 0.6 ms of CPU, as much as the rest of a small API request;
// a browser sends the same cookie with every request, so what it decrypted to is kept a while.
// Only the ids are kept: whether the session is still live is asked of the database every time.
const KEEP_MS = 5 * 60_000;
const KEEP_AT_MOST = 2_000;
const decrypted = new Map<string, { ids: SessionIds; until: number }>();

/**
 * The ids in a request's Auth.js session cookie, read with Auth.js's own getToken: for API
 * route handlers, which need only these. auth() would also re-issue the cookie on every call,
 * an encryption per request that the sessions table makes pointless (it, not the cookie,
 * decides when a session ends).
 */
export async function cookieSession(request: Request): Promise<SessionIds | null> {
  const secret = process.env.AUTH_SECRET;
  const cookies = request.headers.get("cookie");
  if (!secret || !cookies) return null;
  // The cookie's name as Auth.js chose it when signing in: __Secure- behind https (trustHost).
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? new URL(request.url).protocol.replace(/:$/, "");
  const secure = proto === "https";
  const key = `${secure ? "s" : "p"} ${cookies}`;
  const now = Date.now();
  const kept = decrypted.get(key);
  if (kept && kept.until > now) return kept.ids;

  const token = await getToken({ req: request, secret, secureCookie: secure });
  if (typeof token?.sub !== "string" || typeof token.sid !== "string") return null;
  const ids = { userId: token.sub, sessionId: token.sid };
  const expires = typeof token.exp === "number" ? token.exp * 1000 : now;
  decrypted.delete(key);
  if (decrypted.size >= KEEP_AT_MOST) decrypted.delete(decrypted.keys().next().value!);
  decrypted.set(key, { ids, until: Math.min(now + KEEP_MS, expires) });
  return ids;
}
