import { expect, test } from "@playwright/test";
import { FIXTURE_SITE, signInAs } from "./fixtures.ts";

test("an editor subscribes to a feed, its stories are imported, and the feed shows its last check and counts", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/import");
  await page.getByRole("link", { name: "Feeds" }).click();
  await expect(page).toHaveURL(/\/feeds$/);

  await page.getByLabel("Feed address").fill(`${FIXTURE_SITE}/`);
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.locator("#feed-url-error")).toContainText("not an RSS, Atom or JSON feed");

  await page.getByLabel("Feed address").fill(`${FIXTURE_SITE}/feed.atom`);
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByTestId("subscribe-message")).toHaveText("Subscribed to Warta Nusantara. Its stories are being imported.");
  await expect(page.getByLabel("Feed address")).toHaveValue("");

  const feed = page.getByTestId("feed").filter({ hasText: "Warta Nusantara" });
  await expect(async () => {
    await page.reload();
    await expect(feed.getByTestId("feed-counts")).toContainText("2 imported, 0 already in Attest, 0 failed", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(feed).toContainText(/Last checked .*: 2 new stories · every 15 minutes/);

  // On a phone nothing runs off the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/feeds-phone.png", fullPage: true });
  await feed.getByRole("button", { name: "Check now" }).click();
  await expect(feed.getByTestId("feed-action-message")).toHaveText("No new stories.");

  await feed.getByRole("link", { name: "latest stories" }).click();
  await expect(page.getByTestId("batch-summary")).toHaveText("Finished: 2 imported, 0 already in Attest, 0 failed");
  await expect(page.getByTestId("batch-entries")).toContainText("Harbour report number 201");

  await page.goBack();
  await feed.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("button", { name: "Remove the feed" }).click();
  await expect(page.getByTestId("feed").filter({ hasText: "Warta Nusantara" })).toHaveCount(0);
});

test("a reviewer has no feeds", async ({ page }) => {
  await signInAs(page, "reviewer");
  await page.goto("/feeds");
  await expect(page.getByTestId("feeds-refused")).toContainText("reviewer");
});
