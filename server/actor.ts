import "server-only";
import { roleAtLeast, type Role } from "@/lib/roles.ts";
import { forbidden, unauthenticated } from "./errors.ts";

/** Who is asking: a signed-in user, a token's owner, or the local operator running the CLI. */
export interface Actor {
  /** null for the CLI operator, who has the database itself and so every right. */
  id: string | null;
  email: string;
  name: string;
  role: Role;
}

/** The person at the terminal: `npm run attest -- …` acts with the database's own authority. */
export const OPERATOR: Actor = { id: null, email: "operator@localhost", name: "Command line", role: "admin" };

/** Every service function starts here: no session is a 401, too small a role a 403. */
export function requireRole(actor: Actor | null | undefined, needed: Role, what: string): Actor {
  if (!actor) throw unauthenticated();
  if (!roleAtLeast(actor.role, needed)) throw forbidden(what);
  return actor;
}
