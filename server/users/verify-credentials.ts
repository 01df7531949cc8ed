import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client.ts";
import { signInAttempts, users } from "@/db/schema.ts";
import { signInSchema } from "@/lib/validations/sign-in.ts";
import type { Actor } from "../actor.ts";
import { validate } from "../validate.ts";
import { TooManyAttemptsError } from "../errors.ts";
import { checkPassword, hashesWaiting, hashPassword, needsRehash } from "./hash-password.ts";
import { isUsualAddress, pruneSignInRecords, takeSignInAttempt } from "./sign-in-limits.ts";

/**
 * Past this many sign-ins waiting for a password hash, one from an address that is not the
 * account's usual one is turned away at once: a flood costs the attacker, not the newsroom.
 */
export const MAX_HASHES_WAITING = 6;

/** A hash to compare against when the email is unknown, so timing does not reveal which emails exist. */
let dummyHash: Promise<string> | null = null;

/** What the sign-in gives the session: the account, and whether it must choose a new password first. */
export interface SignedIn extends Actor {
  id: string;
  mustChangePassword: boolean;
}

export interface SignInContext {
  /** The client's address (server/client-address.ts); null when it cannot be known. */
  address: string | null;
  now?: Date;
}

/**
 * Checks an email and password under the sign-in limits (sign-in-limits.ts), records the
 * attempt, and moves an old bcrypt hash to scrypt while the password is at hand. A deactivated
 * account is refused like a wrong password: the form does not tell a guesser it exists.
 */
export async function verifyCredentials(db: Db, input: unknown, context: SignInContext = { address: null }): Promise<SignedIn | null> {
  return (await verifySignIn(db, input, context)).user;
}

/** A refused sign-in, with how many tries are left before the lock-out, for the form to say. */
export type SignInOutcome = { user: SignedIn } | { user: null; triesLeft: number; lockMinutes: number };

/** verifyCredentials, saying on a refusal how close the lock-out is. */
export async function verifySignIn(db: Db, input: unknown, context: SignInContext = { address: null }): Promise<SignInOutcome> {
  const { email, password } = validate(signInSchema, input);
  const now = context.now ?? new Date();
  const client = { email, address: context.address };
  const usual = await isUsualAddress(db, client, now);
  if (!usual && hashesWaiting() >= MAX_HASHES_WAITING) throw new TooManyAttemptsError("on this server just now", 60_000);
  const { settle, triesLeft, lockMinutes } = await takeSignInAttempt(db, client, usual);
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  const stored = user?.passwordHash ?? (await (dummyHash ??= hashPassword("not a password")));
  const matches = await checkPassword(password, stored, usual ? 1 : 0);
  const ok = matches && !!user && !user.deactivatedAt;
  await db.insert(signInAttempts).values({ email, succeeded: ok, address: context.address, at: now });
  await settle(ok);
  if (!ok || !user) return { user: null, triesLeft, lockMinutes };
  if (needsRehash(user.passwordHash)) {
    // Only over the hash just checked: a password changed meanwhile is not put back.
    const passwordHash = await hashPassword(password);
    await db.update(users).set({ passwordHash }).where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
  }
  await pruneSignInRecords(db, now);
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword } };
}
