import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client.ts";
import { signInAttempts } from "@/db/schema.ts";
import { actors } from "@/test/actors.ts";
import { openTestDatabase } from "@/test/database.ts";
import { lockoutMinutes, verifyCredentials } from "./verify-credentials.ts";

let database: Database;
let as: Awaited<ReturnType<typeof actors>>;
beforeAll(async () => {
  database = await openTestDatabase();
  as = await actors(database.db); // passwords are `${role}-password-123`
});
afterAll(() => database.close());

const T0 = new Date("2024-06-01T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const verify = (email: string, password: string, now = new Date()) => verifyCredentials(database.db, { email, password }, now);

describe("verifyCredentials", () => {
  it("returns the account for the right password", async () => {
    expect(await verify("editor@test.local", "editor-password-123")).toEqual(as.editor);
  });

  it("returns null for a wrong password and for an unknown email", async () => {
    expect(await verify("editor@test.local", "editor-password-124")).toBeNull();
    expect(await verify("nobody@test.local", "editor-password-123")).toBeNull();
  });

  it("reads the email case-insensitively and trimmed", async () => {
    expect(await verify("  Reviewer@TEST.Local ", "reviewer-password-123")).toEqual(as.reviewer);
  });

  it("records every attempt, failed or not, under the lower-cased email", async () => {
    const rows = await database.db.select().from(signInAttempts);
    expect(rows.map((r) => [r.email, r.succeeded])).toEqual([
      ["editor@test.local", true],
      ["editor@test.local", false],
      ["nobody@test.local", false],
      ["reviewer@test.local", true],
    ]);
  });

  it("answers 422 for an input that is not an email and password", async () => {
    await expect(verifyCredentials(database.db, { email: "not-an-email", password: "" })).rejects.toMatchObject({ status: 422 });
  });
});

describe("verifyCredentials lock-out", () => {
  const email = "viewer@test.local";
  const right = "viewer-password-123";

  it("still lets the right password in after four failures", async () => {
    for (const m of [0, 1, 2, 3]) expect(await verify(email, "wrong", at(m))).toBeNull();
    expect(await verify(email, right, at(3.5))).toEqual(as.viewer);
  });

  it("locks the email out after the fifth failure in ten minutes, naming the minutes left", async () => {
    expect(await verify(email, "wrong", at(4))).toBeNull();
    // The first failure (at 0) leaves the window at 10: six minutes from 4.
    await expect(verify(email, right, at(4))).rejects.toMatchObject({
      status: 429,
      code: "too_many_attempts",
      message: "Too many failed sign-ins for viewer@test.local. Try again in 6 minutes.",
    });
    await expect(verify(email.toUpperCase(), right, at(9.5))).rejects.toMatchObject({ message: expect.stringMatching(/in 1 minute\.$/) });
    expect(await lockoutMinutes(database.db, email, at(5))).toBe(5);
  });

  it("does not record attempts made while locked out, so the lock-out does not extend itself", async () => {
    expect(await lockoutMinutes(database.db, email, at(9.9))).toBe(1);
    expect(await lockoutMinutes(database.db, email, at(10.01))).toBe(0);
  });

  it("opens again once the oldest failure leaves the window", async () => {
    expect(await verify(email, right, at(10.01))).toEqual(as.viewer);
  });

  it("locks out only that email", async () => {
    for (const m of [20, 21, 22, 23, 24]) await verify(email, "wrong", at(m));
    await expect(verify(email, right, at(25))).rejects.toMatchObject({ code: "too_many_attempts" });
    expect(await verify("admin@test.local", "admin-password-123", at(25))).toEqual(as.admin);
  });
});
