/** A read-only token acts with a viewer's rights whatever its owner's role. */
export const TOKEN_SCOPES = ["read-only", "read-write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
