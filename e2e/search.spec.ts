import { expect, test } from "@playwright/test";
import { importFresh, signInAs } from "./fixtures.ts";

test("/ focuses the search; a search finds the document, its quotes and a misspelt speaker, and opens them", async ({ page }) => {
  await signInAs(page, "viewer");
  await page.locator("body").press("/");
  const box = page.getByRole("searchbox", { name: "Search documents, quotes, claims and speakers" });
  await expect(box).toBeFocused();
  await box.fill("senjata berat");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=senjata\+berat$/);

  const results = page.getByTestId("search-result");
  await expect(results.first()).toHaveAttribute("data-type", "document");
  await expect(results.first()).toContainText("NATO: Pengiriman Senjata Berat ke Ukraina Akan Bertambah");
  await expect(results.first().locator("mark").first()).toHaveText(/senjata|berat/i);
  await page.screenshot({ path: "test-results/search/results.png", fullPage: true });

  // Narrowed to quotes: each is a quote, and opens at its place in the article.
  await page.getByLabel("Type").selectOption("quote");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/type=quote/);
  await expect(results.first()).toHaveAttribute("data-type", "quote");
  expect(await results.evaluateAll((rows) => rows.every((r) => r.getAttribute("data-type") === "quote"))).toBe(true);
  await results.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}#item-/);
  await expect(page.getByTestId("item-panel")).toBeVisible();

  // A speaker, misspelt.
  await page.goto("/search?q=Zelensky&type=person");
  // Other specs may add a "Zelensky" of their own, who then comes first: the misspelling finds the right one too.
  const zelenskyy = results.filter({ hasText: "Volodymyr Zelenskyy" });
  await expect(zelenskyy).toHaveCount(1);
  await zelenskyy.getByRole("link").click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
});

test("the speaker filter finds a person by name and keeps only their quotes, until cleared", async ({ page }) => {
  await signInAs(page, "viewer");
  await page.goto("/search?q=senjata");
  const form = page.getByRole("search", { name: "Search with filters" });
  await form.getByRole("combobox", { name: "Speaker" }).fill("Stoltenb");
  await form.getByRole("option", { name: /Jens Stoltenberg/ }).click();
  await expect(page.getByTestId("search-speaker-chosen")).toContainText("Jens Stoltenberg");
  await form.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/speaker=[0-9a-f-]{36}/);
  const results = page.getByTestId("search-result");
  await expect(results.first()).toBeVisible();
  expect(await results.evaluateAll((rows) => rows.every((r) => r.getAttribute("data-type") === "quote" && r.textContent?.includes("Jens Stoltenberg")))).toBe(true);
  // The choice survives the page it led to, and × clears it.
  await expect(page.getByTestId("search-speaker-chosen")).toContainText("Jens Stoltenberg");
  await page.getByRole("button", { name: "Any speaker, not only Jens Stoltenberg" }).click();
  await form.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).not.toHaveURL(/speaker=/);
  await expect(page.getByTestId("search-result").filter({ hasText: "NATO: Pengiriman Senjata Berat" }).first()).toBeVisible();
});

test("an empty search gives tips, nothing found says so, and a bad filter says what is wrong", async ({ page }) => {
  await signInAs(page, "viewer");
  await page.goto("/search");
  await expect(page.getByTestId("search-tips")).toContainText("Quotation marks");
  await page.goto(`/search?q=${encodeURIComponent('"no such phrase anywhere at all"')}`);
  await expect(page.getByTestId("search-empty")).toContainText("Nothing matches");
  await page.goto("/search?q=senjata&from=2023-02-01&to=2023-01-01");
  await expect(page.getByText("from must not be after to.")).toBeVisible();
  // Markup typed in is searched for as text, never run or rendered.
  await page.goto(`/search?q=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  await expect(page.locator("img[src=x]")).toHaveCount(0);
});

test("a new article is searchable as soon as it is imported, and the search reads well on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "editor");
  const tag = `banjir${Date.now().toString(36)}`;
  const article = await importFresh(page, tag);
  await page.goto(`/search?q=${tag}`);
  const results = page.getByTestId("search-result");
  await expect(results.first()).toContainText(article.title);
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(inner);
  await page.screenshot({ path: "test-results/search/phone.png", fullPage: true });
});
