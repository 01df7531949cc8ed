import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema.ts";
import { OPERATOR } from "../actor.ts";
import { createUser } from "./create-user.ts";
import { checkPassword } from "./hash-password.ts";
import { useDatabase } from "@/test/use-database.ts";

const t = useDatabase();

const input = { email: "Sari@Example.ID", role: "reviewer", password: "a-long-password-of-hers" };

describe("createUser", () => {
  it("adds the account with a lower-cased email, a default name and a scrypt hash", async () => {
    const user = await createUser(t.database.db, t.as.admin, input);
    expect(user).toMatchObject({ email: "sari@example.id", name: "sari", role: "reviewer" });
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toMatch(/^\$scrypt\$N=\d+,r=8,p=1\$/);
    expect(row!.passwordHash).not.toContain(input.password);
    expect(await checkPassword(input.password, row!.passwordHash)).toBe(true);
  });

  it("answers 409 for an email already registered, whatever its case", async () => {
    const error = await createUser(t.database.db, OPERATOR, { ...input, email: "SARI@example.id" }).catch((e) => e);
    expect(error).toMatchObject({ status: 409, code: "conflict", fields: { email: ["Already registered."] } });
    expect(error.message).toBe("There is already an account for sari@example.id.");
  });

  it("names each bad field with a 422", async () => {
    const error = await createUser(t.database.db, OPERATOR, { email: "nope", role: "owner", password: "eleven-char" }).catch((e) => e);
    expect(error).toMatchObject({ status: 422 });
    expect(Object.keys(error.fields).sort()).toEqual(["email", "password", "role"]);
  });

  it("takes an empty password for a slip, not for an invitation", async () => {
    await expect(createUser(t.database.db, t.as.admin, { email: "blank@example.id", role: "viewer", password: "" })).rejects.toMatchObject({
      status: 422,
      fields: { password: [expect.stringContaining("at least 12")] },
    });
  });

  it("without a password, invites: a temporary password returned once, to be changed at first sign-in", async () => {
    const user = await createUser(t.database.db, t.as.admin, { email: "new@example.id", role: "viewer" });
    expect(user.temporaryPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.mustChangePassword).toBe(true);
    expect(await checkPassword(user.temporaryPassword!, row!.passwordHash)).toBe(true);
  });

  it("refuses a common password, the email itself and one character repeated", async () => {
    for (const password of ["123456789012", "QWERTY123456", "pat@example.id", "aaaaaaaaaaaaaaa"]) {
      const error = await createUser(t.database.db, OPERATOR, { email: "pat@example.id", role: "viewer", password }).catch((e) => e);
      expect(error, password).toMatchObject({ status: 422, fields: { password: [expect.any(String)] } });
    }
  });

  it("is for admins only: 403 for viewers, reviewers and editors, 401 signed out", async () => {
    for (const role of ["viewer", "reviewer", "editor"] as const) {
      await expect(createUser(t.database.db, t.as[role], { ...input, email: `${role}-made@x.id` })).rejects.toMatchObject({ status: 403 });
    }
    await expect(createUser(t.database.db, null, { ...input, email: "anon@x.id" })).rejects.toMatchObject({ status: 401 });
    expect(await t.database.db.select().from(users).where(eq(users.email, "editor-made@x.id"))).toEqual([]);
  });
});
