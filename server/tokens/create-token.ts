import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { apiTokens, users } from "@/db/schema.ts";
import { createTokenSchema } from "@/lib/validations/token.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { AppError, notFound } from "../errors.ts";
import { validate } from "../validate.ts";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Creates an API token and returns it once; only its SHA-256 is stored. Tokens are 256 random
 * bits, so a fast hash is enough (unlike passwords). Anyone signed in may make their own; only
 * admins (and the CLI operator) one for somebody else.
 */
export async function createToken(db: Db, actor: Actor | null, input: unknown) {
  const who = requireRole(actor, "viewer", "create API tokens");
  const data = validate(createTokenSchema, input);
  const email = (data.email ?? who.email).toLowerCase();
  if (email !== who.email.toLowerCase()) requireRole(who, "admin", "create API tokens for someone else");
  const [user] = await db.select({ id: users.id, deactivatedAt: users.deactivatedAt }).from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  if (!user) throw notFound(`An account for ${email}`);
  if (user.deactivatedAt) throw new AppError("conflict", `${email} is deactivated: reactivate the account before giving it a token.`);
  const token = `att_${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + data.expiresInDays * 86_400_000);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: user.id, name: data.name, tokenHash: hashToken(token), prefix: token.slice(0, 10), scope: data.scope, expiresAt })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, who, "token.create", { type: "api_token", id: row!.id }, null, {
      userId: user.id,
      prefix: token.slice(0, 10),
      scope: data.scope,
      expiresAt: expiresAt.toISOString(),
    });
    return { id: row!.id, token, scope: data.scope, expiresAt: expiresAt.toISOString() };
  });
}
