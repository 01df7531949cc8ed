import { expect, test, type Page } from "@playwright/test";
import { importFresh, openItemLink, signInAs } from "./fixtures.ts";

async function itemOf(page: Page, documentId: string, query: string) {
  const { items } = await (await page.request.get(`/api/items?documentId=${documentId}&${query}`)).json();
  return items[0] as { id: string; status: string; version: number };
}

test("a stale tab cannot undo a colleague's verdict: after the refusal nothing is preselected", async ({ browser }) => {
  const editor = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(editor, "editor");
  await signInAs(reviewer, "reviewer");
  const document = await importFresh(editor, `stale-${Date.now().toString(36)}`);
  const quote = await itemOf(editor, document.id, "type=quote&kind=direct");
  await openItemLink(editor, document.id, quote.id);
  await openItemLink(reviewer, document.id, quote.id);
  const editorPanel = editor.getByTestId("item-panel");
  await expect(editorPanel.getByRole("radio", { name: /Pending/ })).toBeChecked();

  // The reviewer cites and presses v.
  const form = reviewer.getByTestId("citation-form");
  await reviewer.getByTestId("item-panel").getByRole("button", { name: "Add citation" }).click();
  await form.getByLabel("Source URL").fill("https://example.org/briefing");
  await form.getByLabel("Title").fill("Governor's briefing");
  await form.getByLabel("Stance").selectOption("supports");
  await form.getByRole("button", { name: "Save citation" }).click();
  await expect(reviewer.getByTestId("citation-list")).toContainText("Governor's briefing");
  await reviewer.locator("body").press("v");
  await expect(reviewer.getByTestId("verdict-message")).toContainText("Saved: Verified");
  const verified = await itemOf(reviewer, document.id, "type=quote&kind=direct");
  expect(verified.status).toBe("verified");

  // The editor's stale tab changes the speaker: refused, and the panel now shows the truth.
  await editorPanel.getByRole("combobox", { name: "Speaker", exact: true }).fill("Governor Isran Noor");
  await editorPanel.getByRole("button", { name: "Change speaker" }).click();
  await expect(editor.getByTestId("conflict-message")).toBeVisible();
  await expect(editorPanel.locator("header")).toContainText("Verified");
  await expect(editorPanel.locator("header")).toContainText(`version ${verified.version}`);
  const verdict = editor.getByTestId("verdict-form");
  for (const name of [/Pending/, /Verified/, /Disputed/, /Unverifiable/]) await expect(verdict.getByRole("radio", { name })).not.toBeChecked();

  // Saving now asks for a choice and saves nothing.
  await verdict.getByRole("button", { name: "Save verdict" }).click();
  await expect(editor.getByTestId("verdict-message")).toContainText("Choose verified, disputed, unverifiable or pending.");
  const after = await itemOf(editor, document.id, "type=quote&kind=direct");
  expect(after).toMatchObject({ status: "verified", version: verified.version });

  // A choice made after seeing the truth saves as usual.
  await verdict.getByText("Disputed", { exact: true }).click();
  await verdict.getByRole("button", { name: "Save verdict" }).click();
  await expect(editor.getByTestId("verdict-message")).toContainText(`Saved: Disputed (version ${verified.version + 1})`);
});
