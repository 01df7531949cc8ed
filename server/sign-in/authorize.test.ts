import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client.ts";
import { postgresOptions } from "@/db/postgres-options.ts";
import { closedPort } from "@/test/closed-port.ts";
import { useDatabase } from "@/test/use-database.ts";
import { useDatabaseForTests } from "../runtime.ts";
import { authorizeCredentials, signInRefusal, SignInUnavailable, WrongCredentials } from "./authorize.ts";

afterEach(() => vi.restoreAllMocks());

const form = (email: string, password: string) => ({ email, password });
const request = () => new Request("http://attest.test/api/auth/callback/credentials", { method: "POST", headers: { "x-forwarded-for": "192.0.2.7" } });

describe("authorizeCredentials", () => {
  const t = useDatabase();
  beforeAll(() => useDatabaseForTests(t.database));
  afterAll(() => useDatabaseForTests(undefined));

  it("starts a session for the right password and answers null for a wrong one", async () => {
    expect(await authorizeCredentials(form("viewer@test.local", "viewer-password-123"), request())).toMatchObject({
      email: "viewer@test.local",
      role: "viewer",
      sessionId: expect.any(String),
    });
    const wrong = await authorizeCredentials(form("viewer@test.local", "not-the-password"), request()).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(WrongCredentials);
    expect(signInRefusal(wrong)).toBe("That email and password do not match an account.");
    expect(signInRefusal(new Error("anything else"))).toBe("That email and password do not match an account.");
  });

  it("says how many tries are left once the lock-out is near, then that it has come", async () => {
    const refusals: string[] = [];
    const address = () => new Request("http://attest.test/api/auth/callback/credentials", { method: "POST", headers: { "x-forwarded-for": "192.0.2.99" } });
    for (let i = 0; i < 11; i++) refusals.push(signInRefusal(await authorizeCredentials(form("editor@test.local", `wrong-${i}`), address()).catch((e: unknown) => e)));
    // Ten tries for one email from one address in 15 minutes (LIMITS.emailAddress).
    expect(refusals.slice(0, 4)).toEqual(Array(4).fill("That email and password do not match an account."));
    expect(refusals[4]).toBe("That email and password do not match an account. 5 tries left before sign-in is held for 15 minutes.");
    expect(refusals[8]).toBe("That email and password do not match an account. 1 try left before sign-in is held for 15 minutes.");
    expect(refusals[9]).toBe("That email and password do not match an account. That was the last try: sign-in is held for 15 minutes.");
    expect(refusals[10]).toMatch(/^Too many sign-in attempts for editor@test.local from this address\. Try again in 15 minutes\.$/);
  });
});

describe("authorizeCredentials while PostgreSQL is down", () => {
  let client: postgres.Sql;
  beforeAll(async () => {
    client = postgres(`postgres://attest@127.0.0.1:${await closedPort()}/attest`, postgresOptions({}));
    useDatabaseForTests({ db: drizzle(client) as unknown as Db, driver: "postgres", close: () => client.end() });
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await client.end({ timeout: 1 });
  });

  it("says the database is unreachable, not that the password is wrong, and logs one line", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = await authorizeCredentials(form("viewer@test.local", "viewer-password-123"), request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInUnavailable);
    expect(signInRefusal(error)).toBe("The database cannot be reached just now. Try again in a moment. Your password was not checked.");
    expect(log.mock.calls).toEqual([[expect.stringMatching(/^attest: database unavailable: .*ECONNREFUSED/)]]);
  });
});
