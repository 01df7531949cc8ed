import { zipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { FIXTURE_SITE, signInAs } from "./fixtures.ts";

const text = (s: string) => Buffer.from(s, "utf8");

test("an editor imports files and a .zip at once and follows each article to its result, which a reload keeps", async ({ page }) => {
  const tag = Date.now().toString(36);
  await signInAs(page, "editor");
  await page.goto("/import");
  await page.getByRole("link", { name: "Import many articles" }).click();
  await expect(page).toHaveURL(/\/import\/bulk$/);

  const zip = zipSync({
    "pagi/satu.txt": text(`Banjir surut di Samarinda ${tag}\n"Air sudah turun 40 sentimeter sejak pagi," kata Wali Kota Andi Harun, Selasa.`),
    "pagi/photo.jpg": text("x"),
  });
  await page.getByLabel("Source name").fill("Desk Pagi");
  await page.getByLabel("Files").setInputFiles([
    { name: `port-${tag}.txt`, mimeType: "text/plain", buffer: text(`Port reopens ${tag}\n"We are open again," harbour master Lena Vos said on Monday.`) },
    { name: "empty.txt", mimeType: "text/plain", buffer: text("   ") },
    { name: "pagi.zip", mimeType: "application/zip", buffer: Buffer.from(zip) },
  ]);
  const summary = page.getByTestId("files-summary");
  await expect(summary).toContainText("2 articles to import");
  await expect(summary).toContainText("empty.txt is empty.");
  await expect(summary).toContainText("pagi.zip/pagi/photo.jpg is not a .txt, .md or .html file.");
  await page.getByRole("button", { name: "Import the files" }).click();

  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("batch-summary")).toHaveText("Finished: 2 imported, 0 already in Attest, 0 failed", { timeout: 20_000 });
  await expect(page.getByRole("progressbar", { name: "Articles done" })).toHaveAttribute("aria-valuenow", "2");
  const entries = page.getByTestId("batch-entries");
  await expect(entries.getByRole("link", { name: `Port reopens ${tag}` })).toBeVisible();
  await expect(entries.getByRole("link", { name: `Banjir surut di Samarinda ${tag}` })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("batch-summary")).toHaveText("Finished: 2 imported, 0 already in Attest, 0 failed");
  await entries.getByRole("link", { name: `Port reopens ${tag}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Port reopens ${tag}`);
  await expect(page.getByText("Desk Pagi").first()).toBeVisible();
});

test("a list of addresses: each page fetched, a refused one failing with its reason, on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signInAs(page, "editor");
  await page.goto("/import/bulk");
  await page.getByLabel("Addresses").fill([`${FIXTURE_SITE}/articles/${Date.now()}`, `${FIXTURE_SITE}/photo.jpg`, "not a link", ""].join("\n"));
  await page.getByRole("button", { name: "Fetch and import" }).click();

  await expect(page.getByTestId("batch-summary")).toHaveText("Finished: 1 imported, 0 already in Attest, 2 failed", { timeout: 20_000 });
  const entries = page.getByTestId("batch-entries");
  await expect(entries.locator('[data-status="imported"]')).toContainText(/Harbour report number \d+/);
  await expect(entries.locator('[data-status="failed"]').first()).toContainText("That address serves image/jpeg, not a web page");
  await expect(entries.locator('[data-status="failed"]').nth(1)).toContainText("Enter a web address starting with http:// or https://.");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/bulk-phone.png", fullPage: true });
  await context.close();
});

test("an empty list is refused in place, and a reviewer cannot bulk import", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/import/bulk");
  await page.getByRole("button", { name: "Fetch and import" }).click();
  await expect(page.locator("#urls-error")).toHaveText("Give at least one address.");
  await page.getByRole("button", { name: "Sign out" }).click();
  await signInAs(page, "reviewer");
  await page.goto("/import/bulk");
  await expect(page.getByTestId("import-refused")).toContainText("reviewer");
});
