import { expect, test, type Page } from "@playwright/test";
import { importFresh, signInAs } from "./fixtures.ts";

const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "laptop", width: 1440, height: 900 },
] as const;

/** Nothing wider than the window: no sideways scrolling, at any width. */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, inner, culprits } = await page.evaluate(() => {
    const inner = window.innerWidth;
    // The innermost elements that reach past the window's edge, to name in the failure.
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > inner + 0.5 && ![...el.children].some((c) => c.getBoundingClientRect().right > inner + 0.5))
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> ${(el.textContent ?? "").slice(0, 40)}`);
    return { scroll: document.documentElement.scrollWidth, inner, culprits };
  });
  expect(scroll, `the page is ${scroll} px wide in a ${inner} px window: ${culprits.join("; ")}`).toBeLessThanOrEqual(inner);
}

/** A fresh article with one item in each review state, set through the API. */
async function mixedStatuses(page: Page) {
  const document = await importFresh(page, `widths-${Date.now().toString(36)}`);
  const { items } = await (await page.request.get(`/api/items?documentId=${document.id}`)).json();
  const [verified, disputed, unverifiable] = items as { id: string; version: number }[];
  for (const [item, status] of [[verified, "verified"], [disputed, "disputed"], [unverifiable, "unverifiable"]] as const) {
    const cited = await page.request.post(`/api/items/${item!.id}/citations`, { data: { url: "https://example.org/briefing", title: "Briefing", stance: "context" } });
    expect(cited.status()).toBe(201);
    const res = await page.request.post(`/api/items/${item!.id}/verdict`, { data: { status, version: item!.version } });
    expect(res.status()).toBe(200);
  }
  return document;
}

for (const size of WIDTHS) {
  test(`the document page at ${size.width} px: marks by status, panel within the window`, async ({ page }) => {
    await page.setViewportSize(size);
    await signInAs(page, "editor");
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `test-results/widths/${size.width}-documents.png` });

    const document = await mixedStatuses(page);
    await page.goto(`/documents/${document.id}`);
    const article = page.getByTestId("article-text");
    await expect(article.locator('mark[data-status="verified"]')).toHaveCount(1);
    await expect(article.locator('mark[data-status="disputed"]')).toHaveCount(1);
    await expect(article.locator('mark[data-status="unverifiable"]')).toHaveCount(1);
    await expect(article.locator('mark[data-speaker="Isran Noor"]').first()).toBeVisible();
    await expect(page.getByRole("list", { name: "Legend" })).toContainText("Disputed");
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `test-results/widths/${size.width}-document.png`, fullPage: true });

    // Tapping a quote in the article opens its panel, inside the window, with the quote still in view.
    const quote = article.locator('mark[data-item-type="quote"]').first();
    await quote.click();
    const panel = page.getByTestId("item-panel");
    await expect(panel.getByTestId("verdict-history")).toBeAttached();
    await expectNoSidewaysScroll(page);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    await expect(quote).toBeInViewport();
    await page.screenshot({ path: `test-results/widths/${size.width}-selected.png` });
    // The panel scrolls within itself: its last controls are reachable, and inside the window.
    const save = panel.getByRole("button", { name: "Save verdict" });
    await save.scrollIntoViewIfNeeded();
    await expect(save).toBeInViewport();
    await expect(quote).toBeInViewport();

    // The panel closes with its button, and the article is whole again.
    await panel.getByRole("button", { name: "Close the item panel" }).click();
    await expect(panel).toHaveCount(0);
  });
}

test("long titles, URLs and names wrap instead of running over buttons and columns", async ({ page }) => {
  const unbroken = `Pernyataan${"Panjang".repeat(18)}TanpaSpasi`;
  const url = `https://www.example.org/${"berita/".repeat(6)}${"a".repeat(120)}?utm_source=${"x".repeat(60)}`;
  await signInAs(page, "editor");
  const tag = Date.now().toString(36);
  const body = [`${unbroken} ${tag}`, `"We will keep going until every family is reached," said Governor ${unbroken} at a press briefing.`].join("\n");
  const res = await page.request.post("/api/documents", { data: { title: `${unbroken} ${tag}`, body, sourceUrl: url } });
  expect(res.status()).toBe(201);
  const { document } = await res.json();
  const { items } = await (await page.request.get(`/api/items?documentId=${document.id}`)).json();
  const quote = (items as { id: string; type: string }[]).find((i) => i.type === "quote")!;
  const cited = await page.request.post(`/api/items/${quote.id}/citations`, { data: { url, title: unbroken, stance: "context", excerpt: unbroken } });
  expect(cited.status()).toBe(201);

  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await expectNoSidewaysScroll(page);
    await page.goto(`/documents/${document.id}#item-${quote.id}`);
    await expect(page.getByTestId("citation-list")).toContainText("Pernyataan");
    await expectNoSidewaysScroll(page);
    // The title wraps beside the Export button, never under it.
    const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
    const menu = (await page.getByTestId("export-menu").boundingBox())!;
    const overlaps = title.x < menu.x + menu.width && menu.x < title.x + title.width && title.y < menu.y + menu.height && menu.y < title.y + title.height;
    expect(overlaps, `the title (${JSON.stringify(title)}) runs under the Export button (${JSON.stringify(menu)})`).toBe(false);
    // Inside the panel too (a sheet on a phone, which clips rather than scrolls sideways).
    const panel = page.getByTestId("item-panel");
    const inside = await panel.evaluate((el) => [...el.querySelectorAll("*")].filter((c) => c.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5).length);
    expect(inside, "elements of the item panel reach past its right edge").toBe(0);
    await page.screenshot({ path: `test-results/widths/${width}-long-words.png`, fullPage: true });
    await page.goto("/people");
    await expectNoSidewaysScroll(page);
    await page.goto("/activity");
    await expectNoSidewaysScroll(page);
  }
});
