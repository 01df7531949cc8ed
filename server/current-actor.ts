import "server-only";
import { cache } from "react";
import { auth } from "./auth.ts";
import type { Actor } from "./actor.ts";
import { AppError } from "./errors.ts";
import { getDb } from "./runtime.ts";
import { cookieSession } from "./sessions/cookie-session.ts";
import { sessionActor, type SessionActor } from "./sessions/session-actor.ts";
import { authenticateToken } from "./tokens/authenticate-token.ts";

/** Where an account with a temporary password is sent until it has chosen its own. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * The signed-in session, checked against the database on every request: a session ended by a
 * sign-out, a password or role change or a deactivation stops at once, not when the cookie
 * expires. Once per request: the header and the page both ask, and cache() lets them share.
 */
export const currentSession = cache(async (): Promise<SessionActor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sessionId) return null;
  return sessionActor(await getDb(), session.sessionId, userId);
});

/**
 * The signed-in user for pages and actions. Someone signed in with a temporary password counts
 * as signed out everywhere but the password page, until they have chosen their own: the
 * sign-in page sends them there (app/sign-in/page.tsx).
 */
export async function currentActor(): Promise<Actor | null> {
  const actor = await currentSession();
  return actor && !actor.mustChangePassword ? actor : null;
}

/**
 * For route handlers: an `Authorization: Bearer` API token, else the session cookie, else
 * null (the service then answers 401). A token that is given but wrong is a 401 of its own,
 * never a fall-back to the cookie: a script should learn that its token stopped working.
 */
export async function actorFromRequest(request: Request): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const actor = m ? await authenticateToken(await getDb(), m[1]!) : null;
    if (!actor) throw new AppError("unauthenticated", "That API token is not valid, has expired or has been revoked. Send Authorization: Bearer <token>.");
    return actor;
  }
  if (!request.headers.has("cookie")) return null;
  const ids = await cookieSession(request);
  const actor = ids && (await sessionActor(await getDb(), ids.sessionId, ids.userId));
  if (actor?.mustChangePassword) throw new AppError("forbidden", "Choose a new password first: your account was given a temporary one.");
  return actor;
}
