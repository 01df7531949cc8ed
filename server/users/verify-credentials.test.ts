import bcrypt from "bcryptjs";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client.ts";
import { signInAttempts, users } from "@/db/schema.ts";
import { actors } from "@/test/actors.ts";
import { openTestDatabase } from "@/test/database.ts";
import { deactivateUser } from "./set-active.ts";
import { hashPassword } from "./hash-password.ts";
import { LIMITS } from "./sign-in-limits.ts";
import { verifyCredentials } from "./verify-credentials.ts";

let database: Database;
let as: Awaited<ReturnType<typeof actors>>;
beforeAll(async () => {
  database = await openTestDatabase();
  as = await actors(database.db); // passwords are `${role}-password-123`
});
afterAll(() => database.close());
afterEach(() => vi.useRealTimers());

const verify = (email: string, password: string, address: string | null = "10.0.0.1", now?: Date) =>
  verifyCredentials(database.db, { email, password }, { address, now });
const signedIn = (role: keyof typeof as) => ({ ...as[role], mustChangePassword: false });
const refusal = (e: unknown) => (e as { status?: number; message?: string }) ?? {};
const attempt = (email: string, password: string, address: string) => verify(email, password, address).catch(refusal);

describe("verifyCredentials", () => {
  it("returns the account for the right password", async () => {
    expect(await verify("editor@test.local", "editor-password-123")).toEqual(signedIn("editor"));
  });

  it("returns null for a wrong password and for an unknown email", async () => {
    expect(await verify("editor@test.local", "editor-password-124")).toBeNull();
    expect(await verify("nobody@test.local", "editor-password-123")).toBeNull();
  });

  it("reads the email case-insensitively and trimmed", async () => {
    expect(await verify("  Reviewer@TEST.Local ", "reviewer-password-123")).toEqual(signedIn("reviewer"));
  });

  it("records every attempt, failed or not, under the lower-cased email and the client's address", async () => {
    const rows = await database.db.select().from(signInAttempts).orderBy(signInAttempts.id);
    expect(rows.map((r) => [r.email, r.succeeded, r.address])).toEqual([
      ["editor@test.local", true, "10.0.0.1"],
      ["editor@test.local", false, "10.0.0.1"],
      ["nobody@test.local", false, "10.0.0.1"],
      ["reviewer@test.local", true, "10.0.0.1"],
    ]);
  });

  it("answers 422 for an input that is not an email and password", async () => {
    await expect(verifyCredentials(database.db, { email: "not-an-email", password: "" })).rejects.toMatchObject({ status: 422 });
  });

  it("accepts a bcrypt hash from before scrypt and replaces it at that sign-in", async () => {
    const old = await bcrypt.hash("an-old-bcrypt-password", 4);
    await database.db.update(users).set({ passwordHash: old }).where(eq(users.id, as.viewer.id!));
    expect(await verify("viewer@test.local", "an-old-bcrypt-password")).toEqual(signedIn("viewer"));
    const [row] = await database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, as.viewer.id!));
    expect(row!.hash).toMatch(/^\$scrypt\$N=\d+,r=8,p=1\$/);
    expect(await verify("viewer@test.local", "an-old-bcrypt-password")).toEqual(signedIn("viewer"));
    expect(await verify("viewer@test.local", "viewer-password-123")).toBeNull();
  });

  it("refuses a deactivated account like a wrong password", async () => {
    await database.db.insert(users).values({ email: "gone@test.local", name: "gone", role: "viewer", passwordHash: (await bcrypt.hash("gone-password-123", 4)) });
    await deactivateUser(database.db, as.admin, "gone@test.local");
    expect(await verify("gone@test.local", "gone-password-123")).toBeNull();
  });
});

describe("sign-in limits", () => {
  const owner = "admin@test.local";
  const right = "admin-password-123";
  const home = "192.0.2.10"; // the owner's usual address
  it("signs the owner in from what becomes their usual address", async () => {
    expect(await verify(owner, right, home)).toEqual(signedIn("admin"));
  });

  it("holds back one address guessing one email after ten failures, even with the right password", async () => {
    for (let i = 0; i < LIMITS.emailAddress.points; i++) expect(await attempt(owner, "wrong-guess", "198.51.100.1")).toBeNull();
    const held = await attempt(owner, right, "198.51.100.1");
    expect(held).toMatchObject({ status: 429, message: `Too many sign-in attempts for ${owner} from this address. Try again in 15 minutes.` });
  });

  it("still lets the owner in from their usual address, and from a new address", async () => {
    expect(await verify(owner, right, home)).toEqual(signedIn("admin"));
    expect(await verify(owner, right, "203.0.113.77")).toEqual(signedIn("admin"));
  });

  it("does not record or hash a held-back attempt", async () => {
    const before = await database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(signInAttempts);
    expect(await attempt(owner, right, "198.51.100.1")).toMatchObject({ status: 429 });
    const after = await database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(signInAttempts);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("holds back an email guessed from many addresses, but never from its usual one", async () => {
    const email = "reviewer@test.local";
    expect(await verify(email, "reviewer-password-123", home)).toEqual(signedIn("reviewer"));
    const results = [];
    for (let i = 0; i <= LIMITS.email.points; i++) results.push(await attempt(email, `guess-${i}`, `198.51.100.${100 + i}`));
    expect(results.slice(0, LIMITS.email.points).every((r) => r === null)).toBe(true);
    expect(results.at(-1)).toMatchObject({ status: 429, message: expect.stringContaining(`for ${email}. Try again in`) });
    expect(await attempt(email, "reviewer-password-123", "198.51.100.250")).toMatchObject({ status: 429 });
    expect(await verify(email, "reviewer-password-123", home)).toEqual(signedIn("reviewer"));
  });

  it("holds back an address trying many emails, and only that address", async () => {
    const results = [];
    for (let i = 0; i <= LIMITS.address.points; i++) results.push(await attempt(`unknown-${i}@test.local`, "whatever-password", "198.51.100.2"));
    expect(results.slice(0, LIMITS.address.points).every((r) => r === null)).toBe(true);
    expect(results.at(-1)).toMatchObject({ status: 429, message: expect.stringContaining("from this address. Try again in 60 minutes.") });
    expect(await verify("editor@test.local", "editor-password-123", "198.51.100.3")).toEqual(signedIn("editor"));
  });

  it("clears an address's failures for an email once it signs in", async () => {
    const email = "editor@test.local";
    for (let i = 0; i < LIMITS.emailAddress.points - 1; i++) await attempt(email, "typo-password", "198.51.100.4");
    expect(await verify(email, "editor-password-123", "198.51.100.4")).toEqual(signedIn("editor"));
    for (let i = 0; i < LIMITS.emailAddress.points - 1; i++) expect(await attempt(email, "typo-password", "198.51.100.4")).toBeNull();
    expect(await verify(email, "editor-password-123", "198.51.100.4")).toEqual(signedIn("editor"));
  });

  it("lets a held-back address try again once its back-off has passed", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 16 * 60_000);
    expect(await verify(owner, right, "198.51.100.1")).toEqual(signedIn("admin"));
  });

  it("prunes attempt rows older than the usual-address window at a successful sign-in", async () => {
    await database.db.insert(signInAttempts).values({ email: owner, succeeded: true, address: "192.0.2.99", at: new Date(Date.now() - 91 * 86_400_000) });
    await verify(owner, right, home);
    const old = await database.db.select().from(signInAttempts).where(eq(signInAttempts.address, "192.0.2.99"));
    expect(old).toEqual([]);
  });
});

describe("sign-in under a flood of hashing", () => {
  it("turns a stranger away at once while too many hashes wait, but lets the usual address through first", async () => {
    const home = "192.0.2.30";
    expect(await verify("editor@test.local", "editor-password-123", home)).toEqual(signedIn("editor"));
    const flood = Array.from({ length: 300 }, () => hashPassword("flooding-the-queue"));
    expect(await attempt("editor@test.local", "editor-password-123", "203.0.113.9")).toMatchObject({ status: 429, message: expect.stringContaining("on this server just now") });
    expect(await verify("editor@test.local", "editor-password-123", home)).toEqual(signedIn("editor"));
    await Promise.all(flood);
  });
});

describe("sign-in limits, overall", () => {
  it("holds back everyone but usual addresses once the whole server sees too many attempts", { timeout: 120_000 }, async () => {
    const home = "192.0.2.20";
    expect(await verify("viewer@test.local", "an-old-bcrypt-password", home)).toEqual(signedIn("viewer"));
    let held: unknown = null;
    // Spread over addresses and emails so that no narrower limit is the one reached.
    for (let i = 0; i < LIMITS.overall.points + 5 && !held; i++) {
      const r = await attempt(`spread-${i % 25}@test.local`, "x-password-guess", `100.64.${Math.floor(i / 40)}.${i % 40}`);
      if (r) held = r;
    }
    expect(held).toMatchObject({ status: 429, message: expect.stringContaining("on this server just now") });
    expect(await verify("viewer@test.local", "an-old-bcrypt-password", home)).toEqual(signedIn("viewer"));
    expect(await attempt("viewer@test.local", "an-old-bcrypt-password", "100.64.99.1")).toMatchObject({ status: 429 });
  });
});
