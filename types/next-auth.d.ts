import type { Role } from "../lib/roles.ts";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionId?: string;
  }
  interface Session {
    /** The row in the sessions table this cookie stands for. */
    sessionId: string;
    user: { id: string; name?: string | null; email?: string | null; role?: Role };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sid?: string;
  }
}
