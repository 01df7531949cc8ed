import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures.ts";

async function importQuote(page: Page, title: string, speaker: string) {
  const body = `${title}\n"The harbour will reopen for fishing boats next week," said ${speaker} at the port office.`;
  const res = await page.request.post("/api/documents", { data: { title, body } });
  expect(res.status()).toBe(201);
}

test("an editor sees speakers who are probably one person, merges one pair and marks another as different", async ({ page, browser }) => {
  const tag = Date.now().toString(36).replace(/\d/g, "").slice(0, 4) || "abcd";
  const surname = `Rahmawati${tag}`;
  await signInAs(page, "editor");
  await importQuote(page, `Harbour reopens ${tag}`, `Nadia ${surname}`);
  await importQuote(page, `Port news ${tag}`, surname);
  await importQuote(page, `Harbour again ${tag}`, `Nadia ${surname}`);
  await importQuote(page, `Kyiv speaks ${tag}`, "Zelensky");

  await page.goto("/people");
  const box = page.getByTestId("merge-suggestions");
  await expect(box).toContainText("Possibly the same person");
  const pair = box.getByTestId("merge-suggestion").filter({ hasText: surname }).filter({ hasText: "a surname and a full name" });
  await expect(pair).toContainText(`${surname} (1 quote) and Nadia ${surname} (2 quotes)`);
  await page.screenshot({ path: "test-results/search/merge-suggestions.png", fullPage: true });

  // Confirmed by the editor, never by itself: two steps.
  await pair.getByRole("button", { name: `Merge into Nadia ${surname}` }).click();
  await pair.getByRole("button", { name: "Yes, merge" }).click();
  await expect(box.getByRole("status")).toHaveText(`Merged into Nadia ${surname}: 1 quote moved.`);
  await expect(box.getByTestId("merge-suggestion").filter({ hasText: surname })).toHaveCount(0);
  await page.goto("/people");
  const row = page.getByTestId("person-row").filter({ hasText: `Nadia ${surname}` });
  await expect(row).toContainText(`Also: ${surname}`);
  await expect(row).toContainText("3");

  // "Not the same": the pair is not suggested again, and the Activity page says who decided.
  const zelensky = page.getByTestId("merge-suggestion").filter({ hasText: "Zelensky (" });
  await expect(zelensky.first()).toBeVisible();
  const count = await zelensky.count();
  await zelensky.first().getByRole("button", { name: "Not the same" }).click();
  await expect(page.getByTestId("merge-suggestions").getByRole("status")).toHaveText("Marked as different people.");
  await page.reload();
  await expect(page.getByTestId("merge-suggestion").filter({ hasText: "Zelensky (" })).toHaveCount(count - 1);
  await page.goto("/activity");
  await expect(page.getByTestId("activity-entry").first()).toContainText("marked two speakers as different people");

  // A reviewer gets no suggestions.
  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(reviewer, "reviewer");
  await reviewer.goto("/people");
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("Speakers");
  await expect(reviewer.getByTestId("merge-suggestions")).toHaveCount(0);
});
