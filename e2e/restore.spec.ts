import { expect, test } from "@playwright/test";
import { importFresh, openItemLink, signInAs } from "./fixtures.ts";

test("an editor removes a false item and restores it from the document page, both in its audit trail", async ({ page, browser }) => {
  await signInAs(page, "editor");
  const document = await importFresh(page, `restore-${Date.now().toString(36)}`);
  const { items } = await (await page.request.get(`/api/items?documentId=${document.id}`)).json();
  const claim = (items as { id: string; type: string; text: string }[]).find((i) => i.type === "claim")!;
  await openItemLink(page, document.id, claim.id);
  const listed = page.locator(`[data-list-item-id="${claim.id}"]`);
  await expect(listed).toBeVisible();

  const panel = page.getByTestId("item-panel");
  await panel.getByRole("button", { name: "Remove item" }).click();
  await panel.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Item removed" })).toBeVisible();
  await expect(listed).toHaveCount(0);

  // Under the list, for editors: the removed item, and the way back.
  const removed = page.getByTestId("removed-items");
  await removed.locator("summary").click();
  await expect(removed).toContainText("Removed items (1)");
  await expect(removed).toContainText(claim.text.slice(0, 40));
  await removed.getByRole("button", { name: /^Restore/ }).click();
  await expect(listed).toBeVisible();
  await expect(listed).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("removed-items")).toHaveCount(0);
  await expect(page.getByTestId("audit-trail")).toContainText("restored a removed item");
  await expect(page.getByTestId("audit-trail")).toContainText("removed an item");

  // A reviewer sees no removed items and no way to restore.
  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(reviewer, "reviewer");
  await reviewer.goto(`/documents/${document.id}`);
  await expect(reviewer.getByTestId("article-text")).toBeVisible();
  await expect(reviewer.getByTestId("removed-items")).toHaveCount(0);
});
