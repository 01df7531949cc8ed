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

test("signing out in one browser signs the account out in every other browser too", async ({ browser }) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const [a, b] = [await laptop.newPage(), await phone.newPage()];
  await signInAs(a, "viewer");
  await signInAs(b, "viewer");
  await a.getByRole("button", { name: "Sign out" }).click();
  await expect(a).toHaveURL(/\/sign-in/);
  await b.goto("/people");
  await expect(b).toHaveURL(/\/sign-in/);
  await expect(b.getByRole("heading", { name: "Sign in to Attest" })).toBeVisible();
  await signInAs(b, "viewer");
  await laptop.close();
  await phone.close();
});

test("wrong passwords count down to the lock-out; after ten from one address the form says to wait, and how long", async ({ page }) => {
  await page.goto("/sign-in");
  const email = `nobody-${Date.now().toString(36)}@attest.local`;
  // One server action per attempt: wait for each answer, or a quick typist's clicks would merge.
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Sign in" }).click()]);
  };
  const wrong = "That email and password do not match an account.";
  for (let i = 0; i < 10; i++) {
    await attempt(`wrong-password-${i}`);
    const left = 9 - i;
    await expect(page.getByTestId("form-message")).toHaveText(
      left > 5 ? wrong : left === 0 ? `${wrong} That was the last try: sign-in is held for 15 minutes.` : `${wrong} ${left} ${left === 1 ? "try" : "tries"} left before sign-in is held for 15 minutes.`,
    );
  }
  await attempt("wrong-password-10");
  await expect(page.getByTestId("form-message")).toHaveText(`Too many sign-in attempts for ${email} from this address. Try again in 15 minutes.`);
});
