import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { apiTokens, users } from "@/db/schema.ts";
import { requireRole, type Actor } from "../actor.ts";
import { recordAudit } from "../audit.ts";
import { notFound } from "../errors.ts";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Creates an API token for a user and returns it once; only its SHA-256 is stored. Tokens
 * are 256 random bits, so a fast hash is enough (unlike passwords).
 */
export async function createToken(db: Db, actor: Actor | null, input: { email: string; name?: string }) {
  const who = requireRole(actor, "admin", "manage API tokens");
  const email = input.email.trim().toLowerCase();
  const [user] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  if (!user) throw notFound(`An account for ${email}`);
  const token = `att_${randomBytes(32).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: user.id, name: input.name ?? "cli", tokenHash: hashToken(token), prefix: token.slice(0, 10) })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, who, "token.create", { type: "api_token", id: row!.id }, null, { userId: user.id, prefix: token.slice(0, 10) });
    return { id: row!.id, token };
  });
}
