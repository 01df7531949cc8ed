import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { apiTokens, users } from "@/db/schema.ts";
import { UUID } from "@/lib/uuid.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit, recordAudits } from "../audit.ts";
import { notFound } from "../errors.ts";

/** Revokes one token: its owner's own, or anyone's for an admin. Revoking twice is not an error. */
export async function revokeToken(db: Db, actor: Actor | null, tokenId: string) {
  const who = requireRole(actor, "viewer", "revoke API tokens");
  return db.transaction(async (tx) => {
    const [token] = UUID.test(tokenId) ? await tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId)).for("update") : [];
    if (!token) throw notFound("That API token");
    if (token.userId !== who.id) requireRole(who, "admin", "revoke other people's API tokens");
    if (token.revokedAt) return { id: token.id, prefix: token.prefix, revoked: false };
    await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, token.id));
    await recordAudit(tx, who, "token.revoke", { type: "api_token", id: token.id }, { revoked: false }, { revoked: true, prefix: token.prefix, userId: token.userId });
    return { id: token.id, prefix: token.prefix, revoked: true };
  });
}

/** Revokes every live token of one account (`attest token revoke --email E --all`). */
export async function revokeAllTokens(db: Db, actor: Actor | null, email: string) {
  const who = requireRole(actor, "viewer", "revoke API tokens");
  const key = email.trim().toLowerCase();
  if (key !== who.email.toLowerCase()) requireRole(who, "admin", "revoke other people's API tokens");
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${key}`).limit(1);
    if (!user) throw notFound(`An account for ${key}`);
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, prefix: apiTokens.prefix });
    await recordAudits(
      tx,
      who,
      revoked.map((t) => ({ action: "token.revoke", target: { type: "api_token", id: t.id }, before: { revoked: false }, after: { revoked: true, prefix: t.prefix, userId: user.id } })),
    );
    return { revoked: revoked.length };
  });
}
