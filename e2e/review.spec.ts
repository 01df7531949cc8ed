import { expect, test, type Page } from "@playwright/test";
import { freshArticle, openSeed, signInAs } from "./fixtures.ts";

/** Opens the seed article and selects the list entry of the given kind holding the text. */
async function openItem(page: Page, kind: "Direct quote" | "Indirect quote" | "Claim", text: string) {
  await openSeed(page);
  const entry = page.locator("[data-list-item-id]", { hasText: kind }).filter({ hasText: text });
  await entry.click();
  await expect(page.getByTestId("item-panel")).toBeVisible();
  // The panel's data arrives after the selection: keys act on it only once it is there.
  await expect(page.getByLabel("Loading the item")).toHaveCount(0);
  await expect(page.getByTestId("verdict-history")).toBeAttached();
  return { entry, id: (await entry.getAttribute("data-list-item-id"))! };
}

async function addCitation(page: Page, url: string, title: string) {
  const form = page.getByTestId("citation-form");
  if (!(await form.isVisible())) await page.getByTestId("item-panel").getByRole("button", { name: "Add citation" }).click();
  await form.getByLabel("Source URL").fill(url);
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Stance").selectOption("supports");
  await form.getByRole("button", { name: "Save citation" }).click();
  await expect(page.getByTestId("citation-list")).toContainText(title);
}

test("a reviewer adds a citation and verifies a quote with the keyboard", async ({ page }) => {
  await signInAs(page, "reviewer");
  const { entry } = await openItem(page, "Direct quote", "Janji pengiriman peralatan perang berat");
  await page.locator("body").press("c");
  await expect(page.getByTestId("citation-form").getByLabel("Source URL")).toBeFocused();
  await addCitation(page, "https://www.handelsblatt.com/politik/nato-stoltenberg", "Stoltenberg interview, Handelsblatt");
  await page.locator("body").press("v");
  await expect(entry).toContainText("Verified");
  await expect(page.getByTestId("verdict-history")).toContainText("Verified");
});

test("verifying without a citation is refused with a message that says so", async ({ page }) => {
  await signInAs(page, "reviewer");
  await openItem(page, "Indirect quote", "teror Rusia hanya dapat dihentikan");
  await page.locator("body").press("v");
  await expect(page.getByTestId("verdict-message")).toContainText("Add at least one citation before marking this quote verified.");
});

test("two reviewers on one item: the second save gets the conflict, with its note kept", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInAs(first, "reviewer");
  await signInAs(second, "editor");
  const text = "pertempuran sengit terus berlanjut";
  await openItem(first, "Indirect quote", text);
  await openItem(second, "Indirect quote", text);

  await addCitation(first, "https://www.aljazeera.com/news/soledar", "Fighting in Soledar, Al Jazeera");
  await first.getByTestId("verdict-form").getByText("Verified", { exact: true }).click();
  await first.getByRole("button", { name: "Save verdict" }).click();
  await expect(first.getByTestId("verdict-message")).not.toHaveText("");

  const form = second.getByTestId("verdict-form");
  await form.getByText("Disputed", { exact: true }).click();
  await form.getByLabel(/Note/).fill("Kyiv's own statement says otherwise — keep this note");
  await second.getByRole("button", { name: "Save verdict" }).click();
  await expect(second.getByTestId("conflict-message")).toContainText("Rina Reviewer");
  await expect(second.getByTestId("conflict-message")).toContainText(/verified/i);
  await expect(form.getByLabel(/Note/)).toHaveValue("Kyiv's own statement says otherwise — keep this note");
});

test("an editor fixes a speaker", async ({ page }) => {
  await signInAs(page, "editor");
  const { entry } = await openItem(page, "Indirect quote", "menyediakan tank Challenger 2");
  const panel = page.getByTestId("item-panel");
  await panel.getByLabel("Speaker", { exact: true }).fill("Perdana Menteri Rishi Sunak (UK)");
  await panel.getByRole("button", { name: "Change speaker" }).click();
  await expect(entry).toContainText("Perdana Menteri Rishi Sunak (UK)");
  await expect(page.getByTestId("audit-trail")).toContainText(/speaker/i);
});

test("an editor finds another speaker by part of the name and picks them with the keyboard", async ({ page }) => {
  await signInAs(page, "editor");
  const { entry } = await openItem(page, "Indirect quote", "teror Rusia hanya dapat dihentikan");
  const panel = page.getByTestId("item-panel");
  const field = panel.getByRole("combobox", { name: "Speaker", exact: true });
  await field.fill("nobody-by-this-name");
  await expect(panel.getByText("No match for “nobody-by-this-name”.")).toBeVisible();
  await field.fill("stolten");
  const option = panel.getByRole("option", { name: /Jens Stoltenberg/ });
  await expect(option).toBeVisible();
  await expect(field).toHaveAttribute("aria-expanded", "true");
  // Escape closes the list, not the panel.
  await field.press("Escape");
  await expect(field).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeVisible();
  await field.press("ArrowDown");
  await field.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(field).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await field.press("Enter");
  await expect(field).toHaveValue("Jens Stoltenberg");
  await expect(field).toHaveAttribute("aria-expanded", "false");
  // With nothing highlighted, Enter saves.
  await field.press("Enter");
  await expect(panel.getByText("Speaker changed to Jens Stoltenberg.")).toBeVisible();
  await expect(entry).toContainText("Jens Stoltenberg");
});

test("an editor merges a duplicate speaker found by search into the quote's speaker", async ({ page }) => {
  await signInAs(page, "editor");
  const tag = Date.now().toString(36);
  const article = freshArticle(tag);
  const res = await page.request.post("/api/documents", { data: { title: article.split("\n")[0], body: article } });
  expect(res.status()).toBe(201);
  const { document } = await res.json();
  await page.goto(`/documents/${document.id}`);
  const panel = page.getByTestId("item-panel");

  // The duplicate: the reported quote's speaker, renamed to a person nobody has yet.
  const reported = page.locator("[data-list-item-id]", { hasText: "Indirect quote" }).filter({ hasText: "opened 12 shelters" });
  await reported.click();
  const duplicate = `Gubernur Noor ${tag}`;
  await panel.getByRole("combobox", { name: "Speaker", exact: true }).fill(duplicate);
  await panel.getByRole("button", { name: "Change speaker" }).click();
  await expect(reported).toContainText(duplicate);

  // Merged into the direct quote's speaker, from that quote's panel.
  await page.locator("[data-list-item-id]", { hasText: "Direct quote" }).filter({ hasText: "40 tonnes of rice" }).click();
  const merge = panel.getByRole("combobox", { name: "Merge a duplicate into Isran Noor" });
  await merge.fill(tag);
  await panel.getByRole("option", { name: new RegExp(duplicate) }).click();
  await expect(merge).toHaveValue(duplicate);
  await expect(panel.getByTestId("merge-preview")).toContainText(`“${duplicate}” becomes an alias of Isran Noor, and its 1 quote moves to Isran Noor`);
  await panel.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(panel.getByText(`Merged: Isran Noor now also goes by “${duplicate}”.`)).toBeVisible();
  await expect(reported).toContainText("Isran Noor");
  await expect(reported).not.toContainText(duplicate);
  await expect(panel.getByText(/^Also known as /)).toContainText(`“${duplicate}”`);
});

test("a viewer sees the panel without controls, and the API refuses its writes", async ({ page }) => {
  await signInAs(page, "viewer");
  const { id } = await openItem(page, "Claim", "menewaskan lebih dari 30 orang");
  const panel = page.getByTestId("item-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("button", { name: "Save verdict" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Add citation" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Change speaker" })).toHaveCount(0);
  const verdict = await page.request.post(`/api/items/${id}/verdict`, { data: { status: "pending", version: 1 } });
  expect(verdict.status()).toBe(403);
  const citation = await page.request.post(`/api/items/${id}/citations`, { data: { url: "https://x.org", title: "x", stance: "context" } });
  expect(citation.status()).toBe(403);
});
