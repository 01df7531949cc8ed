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
