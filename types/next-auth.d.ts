import type { Role } from "../lib/roles.ts";

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; name?: string | null; email?: string | null; role?: Role };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
  }
}
