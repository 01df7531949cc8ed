import type { TokenScope } from "../tokens.ts";

/** One API token as its owner, an admin and `attest token list` see it; never the token itself. */
export interface TokenListEntry {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  ownerEmail: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}
