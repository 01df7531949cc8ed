import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { apiTokens, users } from "@/db/schema.ts";
import type { TokenListEntry } from "@/lib/views/token-list-entry.ts";
import { requireRole, type Actor } from "../actor.ts";
import { notFound } from "../errors.ts";

/**
 * API tokens, newest first: the actor's own, or (admins) everyone's or one account's. Revoked
 * and expired ones are listed too, so an owner can see what stopped working and why.
 */
export async function listTokens(db: Db, actor: Actor | null, options: { everyone?: boolean; email?: string } = {}): Promise<TokenListEntry[]> {
  const who = requireRole(actor, "viewer", "list API tokens");
  const others = options.everyone || (options.email && options.email.toLowerCase() !== who.email.toLowerCase());
  if (others) requireRole(who, "admin", "list other people's API tokens");
  let where: SQL | undefined;
  if (options.email) {
    const key = options.email.trim().toLowerCase();
    // An unknown account is a typo to be told about, not an empty list.
    const [owner] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${key}`).limit(1);
    if (!owner) throw notFound(`An account for ${key}`);
    where = eq(apiTokens.userId, owner.id);
  }
  else if (!options.everyone) where = who.id ? eq(apiTokens.userId, who.id) : sql`false`;
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scope: apiTokens.scope,
      ownerEmail: users.email,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(where))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), lastUsedAt: iso(r.lastUsedAt), expiresAt: iso(r.expiresAt), revokedAt: iso(r.revokedAt) }));
}
