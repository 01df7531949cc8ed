import { expect, test } from "@playwright/test";
import { importFresh, openItemLink, signInAs } from "./fixtures.ts";

test("a half-typed note and citation survive a reload, until saved or cancelled; Escape leaves a field", async ({ page }) => {
  await signInAs(page, "editor");
  const document = await importFresh(page, `drafts-${Date.now().toString(36)}`);
  const { items } = await (await page.request.get(`/api/items?documentId=${document.id}`)).json();
  const [first, second] = items as { id: string }[];
  await openItemLink(page, document.id, first!.id);

  const panel = page.getByTestId("item-panel");
  const note = panel.getByLabel(/Note/);
  await note.fill("Checked against the governor's office");
  // Escape leaves the field, the text stays, and j is a shortcut again.
  await note.press("Escape");
  await expect(note).not.toBeFocused();
  await expect(note).toHaveValue("Checked against the governor's office");
  await panel.getByRole("button", { name: "Add citation" }).click();
  const citation = page.getByTestId("citation-form");
  await citation.getByLabel("Source URL").fill("https://example.org/half-typed");
  await citation.getByLabel("Title").fill("Briefing transcript");
  await citation.getByLabel("Title").press("Escape");
  await expect(citation.getByLabel("Title")).not.toBeFocused();
  await expect(citation).toBeVisible();

  // A reload (or a crash) loses none of it: the citation form is open again, as it was left.
  await page.reload();
  await expect(page.getByTestId("verdict-history")).toBeAttached();
  await expect(panel.getByLabel(/Note/)).toHaveValue("Checked against the governor's office");
  await expect(panel.getByTestId("note-draft")).toBeVisible();
  await expect(citation.getByLabel("Source URL")).toHaveValue("https://example.org/half-typed");
  await expect(citation.getByLabel("Title")).toHaveValue("Briefing transcript");
  await expect(citation.getByTestId("citation-draft")).toBeVisible();

  // Drafts are per item: the next one starts empty.
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`#item-${second!.id}$`));
  await expect(panel.getByLabel(/Note/)).toHaveValue("");
  await expect(page.getByTestId("citation-form")).toHaveCount(0);
  await page.keyboard.press("k");
  await expect(panel.getByLabel(/Note/)).toHaveValue("Checked against the governor's office");

  // Saved, the citation's draft is gone; the verdict's note goes with the verdict.
  await citation.getByLabel("Stance").selectOption("supports");
  await citation.getByRole("button", { name: "Save citation" }).click();
  await expect(page.getByTestId("citation-list")).toContainText("Briefing transcript");
  await page.getByTestId("verdict-form").getByText("Verified", { exact: true }).click();
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("verdict-message")).toContainText("Saved: Verified");
  await page.reload();
  await expect(page.getByTestId("verdict-history")).toContainText("Checked against the governor's office");
  await expect(panel.getByLabel(/Note/)).toHaveValue("");
  await expect(page.getByTestId("citation-form")).toHaveCount(0);

  // Cancel throws a half-typed citation away, for good.
  await panel.getByRole("button", { name: "Add citation" }).click();
  await citation.getByLabel("Title").fill("Not this one");
  await citation.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByTestId("verdict-history")).toBeAttached();
  await expect(page.getByTestId("citation-form")).toHaveCount(0);
});
