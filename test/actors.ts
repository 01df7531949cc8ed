import type { Db } from "@/db/client.ts";
import { OPERATOR, type Actor } from "@/server/actor.ts";
import { createUser } from "@/server/users/create-user.ts";
import type { Role } from "@/lib/roles.ts";

/** One signed-in account per role, created in the test database. */
export async function actors(db: Db): Promise<Record<Role, Actor>> {
  const out = {} as Record<Role, Actor>;
  for (const role of ["viewer", "reviewer", "editor", "admin"] as const) {
    const user = await createUser(db, OPERATOR, { email: `${role}@test.local`, role, password: `${role}-password-123` });
    out[role] = { id: user.id, email: user.email, name: user.name, role: user.role };
  }
  return out;
}
