import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { auth } from "./auth.ts";
import { users } from "@/db/schema.ts";
import type { Actor } from "./actor.ts";
import { AppError } from "./errors.ts";
import { getDb } from "./runtime.ts";
import { authenticateToken } from "./tokens/authenticate-token.ts";

/**
 * The signed-in user, read fresh from the database on every request: a role changed or an
 * account removed takes effect at once, not when the session cookie expires. Once per
 * request: the header and the page both ask, and React's cache() lets them share one read.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const [user] = await (await getDb()).select().from(users).where(eq(users.id, id)).limit(1);
  return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
});

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
    if (!actor) throw new AppError("unauthenticated", "That API token is not valid or has been revoked. Send Authorization: Bearer <token>.");
    return actor;
  }
  // No cookie means no session: skip auth(), which needs Next's request context.
  if (!request.headers.has("cookie")) return null;
  return currentActor();
}
