import { expect, test, type Page } from "@playwright/test";
import { importFresh, signInAs } from "./fixtures.ts";

/**
 * Holds the page's scripts back for a while, the way a slow laptop on a newsroom's Wi-Fi gets
 * them: the article is painted (server-rendered) well before React can listen to a key.
 */
async function slowScripts(page: Page, ms = 4000) {
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

async function openBeforeReady(page: Page, documentId: string) {
  await slowScripts(page);
  await page.goto(`/documents/${documentId}`, { waitUntil: "commit" });
  await expect(page.getByTestId("article-text")).toBeVisible();
  // Visibly not ready yet: the legend says what the keys will do.
  await expect(page.getByText("page loading: j/k are kept")).toBeVisible();
  await expect(page.locator("[data-keys-ready]")).toHaveCount(0);
}

test("j pressed while the page is still loading selects the first item once it is ready", async ({ page }) => {
  await signInAs(page, "editor");
  const document = await importFresh(page, `early-j-${Date.now().toString(36)}`);
  await openBeforeReady(page, document.id);
  await page.keyboard.press("j");
  await page.keyboard.press("j");

  await expect(page.locator("[data-keys-ready]")).toHaveCount(1);
  await expect(page.getByText("page loading: j/k are kept")).toHaveCount(0);
  const second = page.locator("[data-list-item-id]").nth(1);
  await expect(second).toHaveAttribute("aria-current", "true");
  await expect(page).toHaveURL(new RegExp(`#item-${await second.getAttribute("data-list-item-id")}$`));
  await expect(page.getByTestId("item-panel")).toBeVisible();
});

test("a verdict key pressed while the page is loading saves nothing and says so", async ({ page }) => {
  await signInAs(page, "editor");
  const document = await importFresh(page, `early-v-${Date.now().toString(36)}`);
  await openBeforeReady(page, document.id);
  await page.keyboard.press("v");

  await expect(page.locator("[data-keys-ready]")).toHaveCount(1);
  await expect(page.getByText("Pressed while the page was loading, v did nothing")).toBeVisible();
  await expect(page.getByTestId("item-panel")).toHaveCount(0);
  const { items } = await (await page.request.get(`/api/items?documentId=${document.id}`)).json();
  expect((items as { status: string }[]).every((item) => item.status === "pending")).toBe(true);

  // Pressed again now, the key acts on what is shown: j selects, v asks for a citation first.
  await page.keyboard.press("j");
  await expect(page.locator("[data-list-item-id]").first()).toHaveAttribute("aria-current", "true");
});
