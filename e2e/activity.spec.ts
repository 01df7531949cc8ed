import { expect, test, type Page } from "@playwright/test";
import { freshArticle, signInAs } from "./fixtures.ts";

// The header's links only: a document title may contain the same words.
const navLink = (page: Page, name: string) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });

test("a verdict set through the API shows on the activity page in words, linked to its item", async ({ page }) => {
  await signInAs(page, "editor");
  const article = freshArticle(`activity-${Date.now().toString(36)}`);
  const imported = await page.request.post("/api/documents", { data: { title: "Samarinda floods (activity)", body: article } });
  expect(imported.status()).toBe(201);
  const { document } = await imported.json();
  const { items } = await (await page.request.get(`/api/items?documentId=${document.id}&type=quote&kind=direct`)).json();
  const item = items[0];

  const cited = await page.request.post(`/api/items/${item.id}/citations`, {
    data: { url: "https://example.org/samarinda", title: "Governor's press briefing", stance: "supports" },
  });
  expect(cited.status()).toBe(201);
  const verdict = await page.request.post(`/api/items/${item.id}/verdict`, { data: { status: "verified", note: "On video", version: item.version } });
  expect(verdict.status()).toBe(200);
  const stale = await page.request.post(`/api/items/${item.id}/verdict`, { data: { status: "disputed", version: item.version } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.current).toMatchObject({ id: item.id, status: "verified", version: item.version + 1 });

  await navLink(page, "Activity").click();
  const newest = page.getByTestId("activity-entry").first();
  await expect(newest).toContainText("Eko Editor set a verdict: pending → verified");
  await expect(newest).toContainText("“On video”");
  await expect(page.getByTestId("activity-entry").nth(1)).toContainText("Eko Editor added a citation");
  await expect(page.getByTestId("activity-entry").nth(2)).toContainText("Eko Editor imported a document");
  await newest.getByRole("link", { name: /^Quote “We have delivered 40 tonnes/ }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${document.id}#item-${item.id}$`));
});

test("the home page counts items by status above the documents list", async ({ page }) => {
  await signInAs(page, "viewer");
  const dashboard = page.getByTestId("dashboard");
  await expect(dashboard).toContainText(/Review across \d+ documents?/);
  await expect(dashboard.getByRole("row", { name: /^Quotes/ })).toBeVisible();
  await expect(dashboard.getByRole("row", { name: /^Claims/ })).toBeVisible();
  await expect(page.getByTestId("reviewed-share")).toHaveText(/^\d+% reviewed$/);
  await expect(page.getByTestId("document-row").first()).toBeVisible();
});

test("any signed-in role sees the speakers with their quote counts", async ({ page }) => {
  await signInAs(page, "viewer");
  await navLink(page, "Speakers").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Speakers");
  const row = page.getByTestId("person-row").filter({ hasText: "Jens Stoltenberg" });
  // Other specs may correct speakers of the seed article: any count but zero will do.
  await expect(row.getByRole("cell").nth(2)).toHaveText(/^[1-9]\d*$/);
});

test("a viewer sees no Activity link and is refused at /activity", async ({ page }) => {
  await signInAs(page, "viewer");
  await expect(navLink(page, "Speakers")).toBeVisible();
  await expect(navLink(page, "Activity")).toHaveCount(0);
  await page.goto("/activity");
  await expect(page.getByTestId("activity-refused")).toContainText("viewer");
  await expect(page.getByTestId("activity-entry")).toHaveCount(0);
});
