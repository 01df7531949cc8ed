import { expect, test } from "@playwright/test";
import { freshArticle, signInAs } from "./fixtures.ts";

test("the seeded article is listed, and its quotes are highlighted with their speakers", async ({ page }) => {
  await signInAs(page, "editor");
  await page.getByRole("link", { name: "NATO: Pengiriman Senjata Berat ke Ukraina Akan Bertambah" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("NATO: Pengiriman Senjata Berat ke Ukraina Akan Bertambah");
  const quote = page.locator("mark[data-item-id]", { hasText: "Janji pengiriman peralatan perang berat" }).first();
  await expect(quote).toHaveAttribute("title", /Jens Stoltenberg/);
  const listed = page.locator("[data-list-item-id]", { hasText: "teror Rusia hanya dapat dihentikan" });
  await expect(listed).toContainText("Volodymyr Zelenskyy");
});

test("selecting an item in the list scrolls the article to its span and marks it", async ({ page }) => {
  await signInAs(page, "reviewer");
  await page.getByRole("link", { name: /NATO: Pengiriman Senjata Berat/ }).click();
  const entry = page.locator("[data-list-item-id]", { hasText: "Indirect quote" }).filter({ hasText: "pertempuran sengit terus berlanjut" });
  await entry.click();
  await expect(entry).toHaveAttribute("aria-current", "true");
  const id = await entry.getAttribute("data-list-item-id");
  await expect(page).toHaveURL(new RegExp(`#item-${id}$`));
  await expect(page.locator(`mark[data-item-id="${id}"]`).first()).toBeInViewport();
});

test("an editor imports a pasted article and sees its quotes highlighted with speakers", async ({ page }) => {
  await signInAs(page, "editor");
  await page.getByRole("link", { name: "Import", exact: true }).click();
  const article = freshArticle();
  await page.getByLabel("Title").fill(article.split("\n")[0]!);
  await page.getByLabel("Source URL").fill("https://example.org/samarinda-floods");
  await page.getByLabel("Article text").fill(article);
  await page.getByRole("button", { name: "Import and extract" }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}/);
  await expect(page.getByText(/^Imported: \d+ quotes?, \d+ claims?\.$/)).toBeVisible();
  const quote = page.locator("mark[data-item-id]", { hasText: "We have delivered 40 tonnes of rice" }).first();
  await expect(quote).toHaveAttribute("title", /Isran Noor/);
  const reported = page.locator("[data-list-item-id]", { hasText: "Indirect quote" }).filter({ hasText: "the provincial government had opened 12 shelters" });
  await expect(reported).toContainText("Isran Noor");
});

test("importing the same article twice opens the first copy", async ({ page }) => {
  await signInAs(page, "editor");
  const article = freshArticle("twice");
  for (const attempt of [1, 2]) {
    await page.goto("/import");
    await page.getByLabel("Title").fill(`Twice, attempt ${attempt}`);
    await page.getByLabel("Article text").fill(article);
    await page.getByRole("button", { name: "Import and extract" }).click();
    await expect(page).toHaveURL(/\/documents\//);
  }
  await expect(page.getByText(/already imported/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Twice, attempt 1");
});

test("bad input is named under its field and nothing typed is lost", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/import");
  await page.getByLabel("Source URL").fill("javascript:alert(1)");
  await page.getByLabel("Article text").fill("Some words that must survive the error.");
  await page.getByRole("button", { name: "Import and extract" }).click();
  await expect(page.getByText("Give the article a title.")).toBeVisible();
  await expect(page.getByText("Enter a web address starting with http:// or https://.")).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue("Some words that must survive the error.");
});

test("article text is shown as text, never run as HTML", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/import");
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.getByLabel("Title").fill(`Script test ${Date.now()}`);
  await page.getByLabel("Article text").fill(`<script>alert("x")</script> <img src=x onerror=alert(1)> "It works," said Mayor Ana Lopez.`);
  await page.getByRole("button", { name: "Import and extract" }).click();
  await expect(page.getByText('<script>alert("x")</script>', { exact: false })).toBeVisible();
  expect(dialog).toBe(false);
  await expect(page.getByTestId("article-text").locator("script, img")).toHaveCount(0);
});

test("a viewer sees no import, is refused at /import, and the API refuses its writes with 403", async ({ page }) => {
  await signInAs(page, "viewer");
  await expect(page.getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
  await page.goto("/import");
  await expect(page.getByTestId("import-refused")).toContainText("viewer");
  const response = await page.request.post("/api/documents", { data: { title: "x", body: "A viewer tries to import." } });
  expect(response.status()).toBe(403);
});
