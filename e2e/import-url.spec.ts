import { expect, test } from "@playwright/test";
import { FIXTURE_SITE, signInAs } from "./fixtures.ts";

test("an editor fetches an article from its link, checks the preview, edits the title and imports it", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/import");
  await page.getByLabel("From a link").fill(`${FIXTURE_SITE}/wire-english.html`);
  await page.getByLabel("From a link").press("Enter");

  const preview = page.getByTestId("link-preview");
  await expect(preview.getByRole("heading")).toHaveText("Port strike halts grain exports for a third day");
  await expect(preview).toContainText("Harbour Wire · 3 Jun 2025 · English · by Tom Ellis");
  await expect(preview).toContainText("ROTTERDAM (Harbour Wire) - Dock workers kept the grain terminals closed");
  await expect(preview.getByTestId("preview-counts")).toHaveText(/^\d+ quotes? and \d+ claims? found in the fetched text\.$/);
  await expect(preview).not.toContainText("Read more");

  // The form holds the page's details, for the editor to check and change.
  await expect(page.getByLabel("Source name")).toHaveValue("Harbour Wire");
  await expect(page.getByLabel("Source URL")).toHaveValue("https://wire.example/world/port-strike-grain");
  await expect(page.getByLabel("Published date")).toHaveValue("2025-06-03");
  await expect(page.getByLabel("Article text")).toHaveValue(/^ROTTERDAM \(Harbour Wire\)/);
  await page.getByLabel("Title").fill("Rotterdam port strike: day three");
  await page.getByRole("button", { name: "Import and extract" }).click();

  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}\?imported=1/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rotterdam port strike: day three");
  await expect(page.getByText("Harbour Wire").first()).toBeVisible();
  await expect(page.getByText("We are not moving a single container", { exact: false }).first()).toBeVisible();
});

test("the link field says why a page is refused, and keeps the address to fix", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/import");
  const link = page.getByLabel("From a link");

  await link.fill("ftp://files.example/story.txt");
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(page.locator("#url-error")).toContainText("http:// or https://");

  await link.fill(`${FIXTURE_SITE}/to-loopback?port=5432`);
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(page.locator("#url-error")).toContainText("127.0.0.1 is on a private network");
  await expect(link).toHaveValue(`${FIXTURE_SITE}/to-loopback?port=5432`);

  await link.fill(`${FIXTURE_SITE}/`);
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(page.locator("#url-error")).toContainText("no article on that page");
  await expect(page.getByTestId("link-preview")).toHaveCount(0);
  await expect(page.getByLabel("Title")).toHaveValue("");
});

test("a page already imported says so in the preview, on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signInAs(page, "editor");
  const first = await page.request.post("/api/documents", { data: { url: `${FIXTURE_SITE}/kompas-like.html` } });
  expect([200, 201]).toContain(first.status());
  const { document } = await first.json();

  await page.goto("/import");
  await page.getByLabel("From a link").fill(`${FIXTURE_SITE}/s/beras`);
  await page.getByRole("button", { name: "Fetch" }).click();
  const preview = page.getByTestId("link-preview");
  await expect(preview).toContainText("Warta Nusantara · 12 Mar 2024 · Indonesian");
  await expect(preview).toContainText("already in Attest");
  await expect(preview.getByRole("link", { name: "Open it" })).toHaveAttribute("href", `/documents/${document.id}`);
  // Nothing runs off a 390 px screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/import-url-phone.png", fullPage: true });
  await context.close();
});
