import { mkdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { freshArticle, signInAs } from "./fixtures.ts";

const SHOTS = "/tmp/export-shots";
const QUOTE = "We have delivered 40 tonnes of rice";

test("a reviewer verifies a quote, then exports it as CSV and as a printable page", async ({ browser, page }) => {
  test.setTimeout(90_000);
  mkdirSync(SHOTS, { recursive: true });
  // An article of this spec's own, imported by an editor in another session.
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signInAs(editor, "editor");
  const article = freshArticle(`export-${Date.now().toString(36)}`);
  const created = await editor.request.post("/api/documents", {
    data: { title: article.split("\n")[0], body: article, sourceName: "Example News", sourceUrl: "https://example.org/samarinda", publishedAt: "2024-02-06" },
  });
  expect(created.status()).toBe(201);
  const { document } = await created.json();
  await editorContext.close();

  await signInAs(page, "reviewer");
  await page.goto(`/documents/${document.id}`);
  const entry = page.locator("[data-list-item-id]", { hasText: "Direct quote" }).filter({ hasText: QUOTE });
  await entry.click();
  const panel = page.getByTestId("item-panel");
  await expect(panel).toBeVisible();
  await panel.getByRole("button", { name: "Add citation" }).click();
  const form = page.getByTestId("citation-form");
  await form.getByLabel("Source URL").fill("https://example.org/briefing-transcript");
  await form.getByLabel("Title").fill("Governor's briefing transcript");
  await form.getByLabel("Stance").selectOption("supports");
  await form.getByRole("button", { name: "Save citation" }).click();
  await expect(page.getByTestId("citation-list")).toContainText("Governor's briefing transcript");
  await page.getByTestId("verdict-form").getByText("Verified", { exact: true }).click();
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(entry).toContainText("Verified");

  // The CSV from the document page's Export menu: a download, BOM first, the quote and its speaker in it.
  const menu = page.getByTestId("export-menu");
  await menu.locator("summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name: "CSV (spreadsheet)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^quote-sheet-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  expect(csv).toContain(QUOTE);
  expect(csv).toContain("Isran Noor");

  // Another status: this article has no disputed quote, and the menu says so instead of offering a file.
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator("summary").click();
  const which = menu.getByLabel("Which quotes");
  await expect(which.locator("option:checked")).toHaveText(/^Verified \(1\)$/);
  await which.selectOption("disputed");
  await expect(menu.getByTestId("export-nothing")).toHaveText("No disputed quotes here: nothing to export.");
  await expect(menu.getByRole("link", { name: "CSV (spreadsheet)" })).toHaveCount(0);
  await which.selectOption("all");
  await expect(menu.getByRole("link", { name: "JSON" })).toHaveAttribute("href", /status=all/);
  await which.selectOption("verified");

  // The printable page opens in a new tab (the menu stays open after a download).
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator("summary").click();
  const [printable] = await Promise.all([page.context().waitForEvent("page"), menu.getByRole("link", { name: /Printable page/ }).click()]);
  await printable.waitForLoadState();
  await expect(printable.locator("h1")).toHaveText("Quote sheet");
  await expect(printable.locator("blockquote")).toContainText(QUOTE);
  await expect(printable.locator("h2")).toContainText("Isran Noor");
  await printable.screenshot({ path: `${SHOTS}/print.png`, fullPage: true });
  await printable.close();

  // The speaker's page, from the panel: the quote with its verdict and its Export menu.
  await panel.getByRole("link", { name: /Isran Noor/ }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Isran Noor");
  // Other specs import the same article under other titles: this spec's copy is the one to check.
  const quote = page.getByTestId("person-quote").filter({ hasText: QUOTE }).filter({ hasText: article.split("\n")[0]! });
  await expect(quote).toContainText("Verified");
  await expect(quote.getByRole("link", { name: article.split("\n")[0]! })).toHaveAttribute("href", new RegExp(`/documents/${document.id}#item-`));
  await expect(page.getByTestId("export-menu")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/speaker.png`, fullPage: true });
});
