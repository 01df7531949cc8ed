import "server-only";
import { and, eq, gt, lt } from "drizzle-orm";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/db/client.ts";
import { rateLimits, signInAttempts } from "@/db/schema.ts";
import { TooManyAttemptsError } from "../errors.ts";

/** How long a successful sign-in makes its address "usual" for that email, and attempts are kept. */
export const USUAL_ADDRESS_DAYS = 90;

/**
 * The limits, each counted in the database so they hold across app servers. Every attempt takes
 * a point before its password is hashed (a burst cannot slip past), and a success gives it back.
 * An address the owner has signed in from before is judged only by its own email-and-address
 * count: an attacker elsewhere cannot lock the owner out, however many guesses they make.
 */
export const LIMITS = {
  /** One email from one address: the owner mistyping, or a guesser on one machine. */
  emailAddress: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  /** One email from every address but its usual ones: a guesser spread over many machines. */
  email: { points: 30, duration: 60 * 60, blockDuration: 60 * 60 },
  /** One address, any email: a guesser trying many accounts, or unknown emails. */
  address: { points: 50, duration: 15 * 60, blockDuration: 60 * 60 },
  /** Everyone but usual addresses: bounds the hashing an attack can make the servers do. */
  overall: { points: 300, duration: 60, blockDuration: 60 },
} as const;

type LimitName = keyof typeof LIMITS;

const HELD: Record<LimitName, (email: string) => string> = {
  emailAddress: (email) => `for ${email} from this address`,
  email: (email) => `for ${email}`,
  address: () => "from this address",
  overall: () => "on this server just now",
};

const limiters = new WeakMap<Db, Record<LimitName, RateLimiterDrizzle>>();

function limitersFor(db: Db) {
  let found = limiters.get(db);
  if (!found) {
    const make = (name: LimitName) =>
      // Pruned by pruneSignInRecords, not by the library's timer, which would outlive a closed database.
      new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix: `sign-in:${name}`, clearExpiredByTimeout: false, ...LIMITS[name] });
    found = { emailAddress: make("emailAddress"), email: make("email"), address: make("address"), overall: make("overall") };
    limiters.set(db, found);
  }
  return found;
}

export interface SignInClient {
  email: string;
  /** The client's address as the server sees it (see clientAddress), or null when unknown. */
  address: string | null;
}

/** The keys an attempt counts against; `usual` addresses skip the ones an attacker could fill. */
function keysFor({ email, address }: SignInClient, usual: boolean): [LimitName, string][] {
  const at = address ?? "unknown";
  const keys: [LimitName, string][] = [["emailAddress", `${email}|${at}`]];
  if (!usual) keys.push(["email", email], ["address", at], ["overall", "all"]);
  return keys;
}

/** Has this email signed in from this address before? */
export async function isUsualAddress(db: Db, { email, address }: SignInClient, now = new Date()): Promise<boolean> {
  if (!address) return false;
  const since = new Date(now.getTime() - USUAL_ADDRESS_DAYS * 86_400_000);
  const [row] = await db
    .select({ id: signInAttempts.id })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.address, address), eq(signInAttempts.succeeded, true), gt(signInAttempts.at, since)))
    .limit(1);
  return !!row;
}

/**
 * Takes this attempt's points, or throws TooManyAttemptsError naming the limit reached and when
 * to try again. Returns what to call once the password has been checked, and the tries left.
 */
export async function takeSignInAttempt(db: Db, client: SignInClient, usual: boolean): Promise<SignInAttempt> {
  const all = limitersFor(db);
  const keys = keysFor(client, usual);
  const taken: [LimitName, string][] = [];
  let left: { triesLeft: number; lockMinutes: number } = { triesLeft: Infinity, lockMinutes: 0 };
  for (const [name, key] of keys) {
    try {
      const res = await all[name].consume(key);
      taken.push([name, key]);
      // The nearest lock-out is the one to warn about (the shared server-wide one is not the person's).
      if (name !== "overall" && res.remainingPoints < left.triesLeft) left = { triesLeft: res.remainingPoints, lockMinutes: LIMITS[name].blockDuration / 60 };
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      // A refused attempt gives back what it took from the others: it hashed nothing.
      await Promise.all(taken.map(([n, k]) => all[n].reward(k)));
      throw new TooManyAttemptsError(HELD[name](client.email), e.msBeforeNext);
    }
  }
  const settle = async (succeeded: boolean) => {
    if (!succeeded) return;
    // A success clears the owner's own count and gives back the shared ones' point.
    await Promise.all(keys.map(([name, key]) => (name === "emailAddress" ? all[name].delete(key) : all[name].reward(key))));
  };
  return { settle, ...left };
}

/** An attempt counted: what to call once the password is checked, and how close the lock-out is. */
export interface SignInAttempt {
  settle(succeeded: boolean): Promise<void>;
  /** Attempts still allowed after this one before sign-in is held (if this one fails). */
  triesLeft: number;
  /** How long that hold lasts. */
  lockMinutes: number;
}

/** Drops attempt rows past the usual-address window and rate-limit rows long expired. */
export async function pruneSignInRecords(db: Db, now = new Date()): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, new Date(now.getTime() - USUAL_ADDRESS_DAYS * 86_400_000)));
  await db.delete(rateLimits).where(lt(rateLimits.expire, new Date(now.getTime() - 60 * 60_000)));
}
