import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/seeds/demo-accounts.ts";
import { signInAs } from "./fixtures.ts";

const LAPTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const OWN_PASSWORD = "harbour-lantern-quarry-58";

async function open(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  return { context, page: await context.newPage() };
}

async function signInWith(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const row = (page: Page, email: string) => page.locator(`[data-testid="user-row"][data-email="${email}"]`);

/** The page is no wider than the screen: nothing pushed off to the side. */
async function expectNoSideways(page: Page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
}

async function invite(admin: Page, email: string, role: string) {
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption(role);
  await admin.getByRole("button", { name: "Invite" }).click();
  await expect(admin.getByTestId("invite-message")).toHaveText(`Invited ${email} as ${role}.`);
  return (await admin.getByTestId("shown-once").textContent())!.trim();
}

test("an admin invites a colleague, changes their role, resets their password and deactivates them; each takes effect at once", async ({ browser }) => {
  // Eight sign-ins, two of them refused (a refusal is answered a second late on purpose).
  test.setTimeout(90_000);
  const email = `sari-${Date.now().toString(36)}@example.id`;
  const { context: laptop, page: admin } = await open(browser, LAPTOP);
  const { context: phone, page: colleague } = await open(browser, PHONE);

  await signInAs(admin, "admin");
  await admin.getByRole("link", { name: "Admin", exact: true }).click();
  await expect(admin.getByRole("heading", { name: "Administration" })).toBeVisible();
  const temporary = await invite(admin, email, "reviewer");
  expect(temporary).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await expect(row(admin, email)).toContainText("Temporary password");
  await admin.screenshot({ path: "test-results/admin-users-laptop.png", fullPage: true });

  // First sign-in with the temporary password: the only way on is to choose one's own.
  await signInWith(colleague, email, temporary);
  await expect(colleague).toHaveURL(/\/account\/password/);
  await expect(colleague.getByText("Your account was given a temporary password.")).toBeVisible();
  await colleague.goto("/people");
  await expect(colleague).toHaveURL(/\/account\/password/);
  await colleague.getByLabel("Current password").fill(temporary);
  await colleague.getByLabel("New password (at least 12 characters)").fill(OWN_PASSWORD);
  await colleague.getByLabel("New password again").fill(OWN_PASSWORD);
  await colleague.getByRole("button", { name: "Change password" }).click();
  // The header shows the role on the password page too: only the documents page shows it is done.
  await expect(colleague).toHaveURL(/\/$/);
  await expect(colleague.getByRole("link", { name: "Speakers" })).toBeVisible();
  await expect(colleague.getByTestId("role")).toHaveText("reviewer");

  // A role change signs them out; they come back with the new role.
  await admin.reload();
  await expect(row(admin, email)).not.toContainText("Temporary password");
  await row(admin, email).getByLabel(/^Role of/).selectOption("editor");
  await row(admin, email).getByRole("button", { name: "Change role" }).click();
  await expect(row(admin, email).getByTestId("user-message")).toHaveText(`${email} is now editor; 1 session ended.`);
  await colleague.goto("/people");
  await expect(colleague).toHaveURL(/\/sign-in/);
  await signInWith(colleague, email, OWN_PASSWORD);
  await expect(colleague.getByTestId("role")).toHaveText("editor");

  // A reset: signed out at once, and only the new temporary password opens the way to the password page.
  await row(admin, email).getByRole("button", { name: "Reset password" }).click();
  await row(admin, email).getByRole("button", { name: "Reset", exact: true }).click();
  await expect(row(admin, email).getByTestId("user-message")).toHaveText(`Reset ${email}'s password; 1 session ended.`);
  const reset = (await row(admin, email).getByTestId("shown-once").textContent())!.trim();
  await colleague.goto("/people");
  await expect(colleague).toHaveURL(/\/sign-in/);
  await signInWith(colleague, email, OWN_PASSWORD);
  await expect(colleague.getByTestId("form-message")).toHaveText("That email and password do not match an account.");
  await signInWith(colleague, email, reset);
  await expect(colleague).toHaveURL(/\/account\/password/);

  // Deactivated: this session ends and the account cannot sign in again, until reactivated.
  await row(admin, email).getByRole("button", { name: "Deactivate" }).click();
  await row(admin, email).getByRole("button", { name: "Deactivate" }).last().click();
  await expect(row(admin, email).getByTestId("user-message")).toHaveText(/^Deactivated .*: 1 session ended, 0 API tokens revoked\.$/);
  await expect(row(admin, email)).toContainText("Deactivated");
  await colleague.reload();
  await expect(colleague).toHaveURL(/\/sign-in/);
  await signInWith(colleague, email, reset);
  await expect(colleague.getByTestId("form-message")).toHaveText("That email and password do not match an account.");
  await row(admin, email).getByRole("button", { name: "Reactivate" }).click();
  await expect(row(admin, email).getByTestId("user-message")).toHaveText(`Reactivated ${email}; their old API tokens stay revoked.`);
  await signInWith(colleague, email, reset);
  await expect(colleague).toHaveURL(/\/account\/password/);

  await laptop.close();
  await phone.close();
});

test("a role change from a stale page is refused and the page shows the role as it now is", async ({ browser }) => {
  const email = `dewi-${Date.now().toString(36)}@example.id`;
  const { context: one, page: first } = await open(browser, LAPTOP);
  const { context: two, page: second } = await open(browser, PHONE);
  await signInAs(first, "admin");
  await first.goto("/admin/users");
  await invite(first, email, "reviewer");
  await signInAs(second, "admin");
  await second.goto("/admin/users");
  // Bad input is named under its field, and what was typed stays.
  await second.getByLabel("Email").fill("not an email");
  await second.getByRole("button", { name: "Invite" }).click();
  await expect(second.getByText("Enter a valid email address.")).toBeVisible();
  await second.getByLabel("Email").fill(email.toUpperCase());
  await second.getByRole("button", { name: "Invite" }).click();
  await expect(second.getByText("Already registered.")).toBeVisible();
  await expect(second.getByTestId("invite-message")).toHaveText(`There is already an account for ${email}.`);
  await expect(second.getByLabel("Email")).toHaveValue(email.toUpperCase());
  await expect(row(second, email).getByLabel(/^Role of/)).toHaveValue("reviewer");
  await expectNoSideways(second);
  await second.screenshot({ path: "test-results/admin-users-phone.png", fullPage: true });

  await row(first, email).getByLabel(/^Role of/).selectOption("editor");
  await row(first, email).getByRole("button", { name: "Change role" }).click();
  await expect(row(first, email).getByTestId("user-message")).toHaveText(`${email} is now editor; 0 sessions ended.`);

  // The second admin still sees "reviewer" and picks "viewer": the colleague's change is not undone.
  await row(second, email).getByLabel(/^Role of/).selectOption("viewer");
  await row(second, email).getByRole("button", { name: "Change role" }).click();
  await expect(row(second, email).getByTestId("user-message")).toHaveText(`Someone else made ${email} editor meanwhile; nothing was changed. Choose again.`);
  await expect(row(second, email).getByLabel(/^Role of/)).toHaveValue("editor");
  await expect(row(second, email).getByRole("button", { name: "Change role" })).toBeDisabled();

  await one.close();
  await two.close();
});

test("a colleague makes their own API token, a script uses it, and revoking it on the admin page stops it at once", async ({ browser, request }) => {
  const viewer = DEMO_ACCOUNTS.find((a) => a.role === "viewer")!;
  const name = `sheet-${Date.now().toString(36)}`;
  const { context: phone, page: owner } = await open(browser, PHONE);
  const { context: laptop, page: admin } = await open(browser, LAPTOP);

  await signInAs(owner, "viewer");
  await owner.getByRole("link", { name: viewer.name }).click();
  await expect(owner.getByRole("heading", { name: "Your account" })).toBeVisible();
  await owner.getByLabel("Expires after (days)").fill("0");
  await owner.getByRole("button", { name: "Create token" }).click();
  await expect(owner.getByText("At least 1 day.")).toBeVisible();
  await owner.getByLabel("Name").fill(name);
  await owner.getByLabel("Expires after (days)").fill("30");
  await owner.getByRole("button", { name: "Create token" }).click();
  const token = (await owner.getByTestId("shown-once").textContent())!.trim();
  expect(token).toMatch(/^att_/);
  const mine = owner.locator(`[data-testid="token-row"][data-prefix="${token.slice(0, 10)}"]`);
  await expect(mine).toContainText(name);
  await expect(mine).toContainText("Live");
  await expect(mine).toContainText("never used");
  await expectNoSideways(owner);
  await owner.screenshot({ path: "test-results/account-tokens-phone.png", fullPage: true });

  const read = () => request.get("/api/people", { headers: { authorization: `Bearer ${token}` } });
  expect((await read()).status()).toBe(200);
  // A read-only token cannot write, whatever its owner's role.
  const write = await request.post("/api/documents", { headers: { authorization: `Bearer ${token}` }, data: { title: "t", body: "A body." } });
  expect(write.status()).toBe(403);

  // Admin pages are for admins; the viewer is told so.
  await owner.goto("/admin/users");
  await expect(owner.getByTestId("admin-refused")).toBeVisible();

  await signInAs(admin, "admin");
  await admin.goto("/admin/tokens");
  const listed = admin.locator(`[data-testid="token-row"][data-prefix="${token.slice(0, 10)}"]`);
  await expect(listed).toContainText(viewer.email);
  await expect(listed).toContainText("last used");
  // An admin makes one for a colleague; a mistyped email is named, and nothing is made.
  await admin.getByLabel("Owner's email").fill("ghost@attest.local");
  await admin.getByRole("button", { name: "Create token" }).click();
  await expect(admin.getByTestId("token-form-message")).toHaveText("An account for ghost@attest.local was not found.");
  await admin.getByLabel("Owner's email").fill("editor@attest.local");
  await admin.getByLabel("Name").fill(`${name}-editor`);
  await admin.getByLabel("Scope").selectOption("read-write");
  await admin.getByRole("button", { name: "Create token" }).click();
  const editorToken = (await admin.getByTestId("shown-once").textContent())!.trim();
  const theirs = admin.locator(`[data-testid="token-row"][data-prefix="${editorToken.slice(0, 10)}"]`);
  await expect(theirs).toContainText("editor@attest.local");
  await expect(theirs).toContainText("read-write");
  await admin.screenshot({ path: "test-results/admin-tokens-laptop.png", fullPage: true });
  await listed.getByRole("button", { name: "Revoke" }).click();
  await listed.getByRole("button", { name: "Revoke" }).last().click();
  await expect(admin.getByTestId("token-message")).toHaveText(`Revoked ${token.slice(0, 10)}…; it stopped working at once.`);
  expect((await read()).status()).toBe(401);

  await owner.goto("/account");
  await expect(mine).toContainText("Revoked");
  await expect(mine.getByRole("button", { name: "Revoke" })).toHaveCount(0);

  await phone.close();
  await laptop.close();
});
