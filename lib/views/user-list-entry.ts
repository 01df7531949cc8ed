import type { Role } from "../roles.ts";

/** One account as the admin page and the command line list it. */
export interface UserListEntry {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  deactivatedAt: string | null;
  mustChangePassword: boolean;
  /** Sessions not yet ended (some may have idled out and end at their next request). */
  openSessions: number;
  liveTokens: number;
  lastSignInAt: string | null;
}
