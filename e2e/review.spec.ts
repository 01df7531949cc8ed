import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures.ts";

const SEED = /NATO: Pengiriman Senjata Berat/;

/** Opens the seed article and selects the list entry of the given kind holding the text. */
async function openItem(page: Page, kind: "Direct quote" | "Indirect quote" | "Claim", text: string) {
  await page.getByRole("link", { name: SEED }).click();
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
