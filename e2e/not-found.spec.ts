import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures.ts";

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

// A link to something that is not there must say so to the browser too, not only in words:
// a 200 would let a crawler, a link checker or a monitor take it for a page.
for (const [what, path, text] of [
  ["document", `/documents/${UNKNOWN}`, /document/i],
  ["document with a malformed id", "/documents/not-a-uuid", /document/i],
  ["item", `/documents/${UNKNOWN}/items/${UNKNOWN}`, /item/i],
  ["speaker", `/people/${UNKNOWN}`, /speaker|person/i],
] as const) {
  test(`an unknown ${what} answers 404 with a page that says so`, async ({ page }) => {
    await signInAs(page, "viewer");
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(text);
  });
}
