import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/seeds/demo-accounts.ts";
import { signInAs } from "./fixtures.ts";

const viewer = DEMO_ACCOUNTS.find((a) => a.role === "viewer")!;
const NEW_PASSWORD = "lantern-quarry-river-47";

async function changePassword(page: Page, current: string, password: string) {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password (at least 12 characters)").fill(password);
  await page.getByLabel("New password again").fill(password);
  await page.getByRole("button", { name: "Change password" }).click();
}

test("changing your password keeps this browser signed in, signs the other out, and only the new one works", async ({ browser }) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const [a, b] = [await laptop.newPage(), await phone.newPage()];
  await signInAs(a, "viewer");
  await signInAs(b, "viewer");

  await a.getByRole("link", { name: viewer.name }).click();
  await expect(a.getByRole("heading", { name: "Your account" })).toBeVisible();
  await a.getByRole("link", { name: "Change password" }).click();
  await expect(a.getByRole("heading", { name: "Change your password" })).toBeVisible();
  await changePassword(a, "not-my-password", NEW_PASSWORD);
  await expect(a.getByText("That is not your current password.")).toBeVisible();
  await changePassword(a, viewer.password, "short");
  await expect(a.getByText(/at least 12 characters/i).last()).toBeVisible();

  await changePassword(a, viewer.password, NEW_PASSWORD);
  await expect(a.getByTestId("form-message")).toHaveText(/^Password changed\. \d+ other sessions? (was|were) signed out\.$/);
  await a.goto("/people");
  await expect(a.getByTestId("role")).toHaveText("viewer");

  await b.goto("/people");
  await expect(b).toHaveURL(/\/sign-in/);
  await b.getByLabel("Email").fill(viewer.email);
  await b.getByLabel("Password").fill(viewer.password);
  await b.getByRole("button", { name: "Sign in" }).click();
  await expect(b.getByTestId("form-message")).toHaveText("That email and password do not match an account.");
  await b.getByLabel("Password").fill(NEW_PASSWORD);
  await b.getByRole("button", { name: "Sign in" }).click();
  await expect(b.getByTestId("role")).toHaveText("viewer");
  await b.screenshot({ path: "test-results/account-phone.png", fullPage: true });

  // Put the demo password back for the other specs.
  await a.goto("/account/password");
  await changePassword(a, NEW_PASSWORD, viewer.password);
  await expect(a.getByTestId("form-message")).toHaveText(/^Password changed\./);
  await laptop.close();
  await phone.close();
});
