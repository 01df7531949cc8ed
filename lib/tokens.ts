/** A read-only token acts with a viewer's rights whatever its owner's role. */
export const TOKEN_SCOPES = ["read-only", "read-write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export type TokenState = "live" | "expired" | "revoked";

/** Whether a token still works; ISO strings in UTC compare as their instants. */
export function tokenState(token: { revokedAt: string | null; expiresAt: string | null }, now: string): TokenState {
  if (token.revokedAt) return "revoked";
  return token.expiresAt && token.expiresAt <= now ? "expired" : "live";
}
