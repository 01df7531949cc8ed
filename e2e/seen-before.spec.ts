import { expect, test, type Page } from "@playwright/test";
import { citeAndVerify, openItemLink, signInAs } from "./fixtures.ts";

async function importArticle(page: Page, title: string, line: string) {
  const res = await page.request.post("/api/documents", { data: { title, body: `${title}\n${line}` } });
  expect(res.status()).toBe(201);
  return (await res.json()).document as { id: string };
}

test("two outlets quote the same sentence: search finds both, and the verdict on one is offered on the other with its sources", async ({ page, browser }) => {
  const tag = Date.now().toString(36);
  const sentence = `We will rebuild every bridge in the district before the rains of ${tag}`;
  await signInAs(page, "editor");
  const first = await importArticle(page, `Bridges promised ${tag}`, `"${sentence}," said Governor Isran Noor on Monday.`);
  const second = await importArticle(page, `Governor on the floods ${tag}`, `"${sentence}," Governor Isran Noor told reporters.`);

  // A reviewer in another browser searches the sentence and finds it in both articles.
  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(reviewer, "reviewer");
  await reviewer.goto(`/search?q=${encodeURIComponent(`"rebuild every bridge" ${tag}`)}&type=quote`);
  const results = reviewer.getByTestId("search-result");
  await expect(results).toHaveCount(2);

  // They verify the first with a source.
  const { items: firstItems } = await (await reviewer.request.get(`/api/items?documentId=${first.id}&type=quote`)).json();
  await openItemLink(reviewer, first.id, firstItems[0].id);
  const panel = reviewer.getByTestId("item-panel");
  await expect(panel.getByTestId("seen-before")).toContainText("Seen before (1)");
  await citeAndVerify(reviewer, { url: "https://example.org/governor-statement", title: "Governor's statement" });

  // On the other article, the panel says it was verified, by whom, with one source, and reuses it.
  const { items: secondItems } = await (await reviewer.request.get(`/api/items?documentId=${second.id}&type=quote`)).json();
  await openItemLink(reviewer, second.id, secondItems[0].id);
  const seen = reviewer.getByTestId("seen-before");
  await expect(seen).toContainText(/Verified on .* by Rina Reviewer, 1 source/);
  await seen.getByRole("button", { name: "Reuse its source" }).click();
  await expect(reviewer.getByTestId("citation-list")).toContainText("Governor's statement");
  await expect(seen).toContainText("Choose the verdict yourself");
  // The verdict is still the reviewer's to choose: nothing was set for them.
  await expect(reviewer.getByTestId("item-panel").getByText("Pending", { exact: true }).first()).toBeVisible();
  const { similar } = await (await reviewer.request.get(`/api/items/${secondItems[0].id}/similar`)).json();
  expect(similar).toEqual([expect.objectContaining({ id: firstItems[0].id, status: "verified", speaker: "Isran Noor" })]);
  const item = await (await reviewer.request.get(`/api/items/${secondItems[0].id}`)).json();
  expect(item.item.status).toBe("pending");
  await reviewer.screenshot({ path: "test-results/search/seen-before.png", fullPage: true });

  // One statement, two articles: the speaker's page says so under each, the first report first.
  await reviewer.getByTestId("item-panel").getByRole("link", { name: /Isran Noor/ }).click();
  await expect(reviewer).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  const quotes = reviewer.getByTestId("person-quote").filter({ hasText: tag });
  await expect(quotes).toHaveCount(2);
  const lines = quotes.getByTestId("appearances");
  await expect(lines.filter({ hasText: "First reported here" })).toContainText(`also in Governor on the floods ${tag}`);
  await expect(lines.filter({ hasText: "Also reported in" })).toContainText(`Bridges promised ${tag} (Verified), first`);
  // And the quote sheet carries the group.
  const sheet = await (await reviewer.request.get(`/api/export/quotes?status=all&documentId=${second.id}`)).json();
  expect(sheet.quotes[0].appearances.map((a: { documentId: string }) => a.documentId)).toEqual([first.id, second.id]);
});
