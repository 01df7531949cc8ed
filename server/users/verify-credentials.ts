import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { signInAttempts, users } from "@/db/schema.ts";
import { signInSchema } from "@/lib/validations/sign-in.ts";
import type { Actor } from "../actor.ts";
import { TooManyAttemptsError } from "../errors.ts";
import { validate } from "../validate.ts";
import { checkPassword, hashPassword } from "./hash-password.ts";

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 10;

/** A hash to compare against when the email is unknown, so timing does not reveal which emails exist. */
let dummyHash: Promise<string> | null = null;

/** Minutes left before a locked-out email may try again (0 when it is not locked out). */
export async function lockoutMinutes(db: Db, email: string, now = new Date()): Promise<number> {
  const failures = await recentFailures(db, email.trim().toLowerCase(), now);
  if (failures.length < MAX_FAILURES) return 0;
  const until = failures[failures.length - MAX_FAILURES]!.at.getTime() + WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}

async function recentFailures(db: Db, email: string, now: Date) {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  return db
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)))
    .orderBy(signInAttempts.at);
}

/**
 * Checks an email and password. Five failures for one email within ten minutes lock that
 * email out for the rest of the window, whatever the password.
 */
export async function verifyCredentials(db: Db, input: unknown, now = new Date()): Promise<Actor | null> {
  const { email, password } = validate(signInSchema, input);
  const minutes = await lockoutMinutes(db, email, now);
  if (minutes > 0) {
    throw new TooManyAttemptsError(email, minutes);
  }
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  const ok = await checkPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword("not a password"))));
  await db.insert(signInAttempts).values({ email, succeeded: ok && !!user, at: now });
  if (!ok || !user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
