import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures.ts";

test("an editor signs in, sees their name and role, and signs out", async ({ page }) => {
  const account = await signInAs(page, "editor");
  await expect(page.getByText(account.name)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password is refused with a message, and the form keeps the email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("reviewer@attest.local");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel("Email")).toHaveValue("reviewer@attest.local");
});

test("signed out, every page sends you to sign in, and back again afterwards", async ({ page }) => {
  await page.goto("/import");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill("editor@attest.local");
  await page.getByLabel("Password").fill("demo-editor-pass");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/import$/);
});

test("the API answers 401 without credentials", async ({ request }) => {
  const response = await request.get("/api/documents");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
});
