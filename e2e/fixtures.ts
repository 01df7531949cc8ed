import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/seeds/demo-accounts.ts";
import type { Role } from "@/lib/roles.ts";

/** Signs in through the form, as a person would, with the demo account of a role. */
export async function signInAs(page: Page, role: Role) {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("role")).toHaveText(role);
  return account;
}

/** A unique, realistic English article, so imports never collide across runs or specs. */
export function freshArticle(tag = Date.now().toString(36)) {
  return [
    `Flood relief reaches Samarinda ${tag}`,
    `SAMARINDA - Aid convoys reached flooded districts of Samarinda on Tuesday, where 1,200 homes were under water, officials said.`,
    `"We have delivered 40 tonnes of rice and we will keep going until every family is reached," said Governor Isran Noor at a press briefing.`,
    `Noor said that the provincial government had opened 12 shelters for 3,500 evacuees.`,
    `According to the Red Cross, at least 4 people died in the floods.`,
  ].join("\n");
}

/** Imports a fresh article through the API as the signed-in page's account; its document. */
export async function importFresh(page: Page, tag = Date.now().toString(36)): Promise<{ id: string; title: string }> {
  const article = freshArticle(tag);
  const res = await page.request.post("/api/documents", { data: { title: article.split("\n")[0], body: article } });
  expect(res.status()).toBe(201);
  return (await res.json()).document;
}

/** Opens a document with one item selected, as its shared link does, once the panel has its data. */
export async function openItemLink(page: Page, documentId: string, itemId: string) {
  await page.goto(`/documents/${documentId}#item-${itemId}`);
  await expect(page.getByTestId("item-panel")).toBeVisible();
  await expect(page.getByLabel("Loading the item")).toHaveCount(0);
  await expect(page.getByTestId("verdict-history")).toBeAttached();
}

/** In the open panel: adds a supporting source through the form, then saves the verdict Verified. */
export async function citeAndVerify(page: Page, source: { url: string; title: string }) {
  await page.getByTestId("item-panel").getByRole("button", { name: "Add citation" }).click();
  const form = page.getByTestId("citation-form");
  await form.getByLabel("Source URL").fill(source.url);
  await form.getByLabel("Title").fill(source.title);
  await form.getByLabel("Stance").selectOption("supports");
  await form.getByRole("button", { name: "Save citation" }).click();
  await expect(page.getByTestId("citation-list")).toContainText(source.title);
  await page.getByTestId("verdict-form").getByText("Verified", { exact: true }).click();
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("verdict-message")).toContainText("Saved: Verified");
}

/** The local news site the server fetches URL imports from (playwright.config.ts, test/fixture-site.ts). */
export const FIXTURE_SITE = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? 3199}`;

/** The seed article's title, and its id found by search: other specs' imports push it off the list's first page. */
export const SEED_TITLE = "NATO: Pengiriman Senjata Berat ke Ukraina Akan Bertambah";

export async function seedDocumentId(page: Page): Promise<string> {
  const response = await page.request.get(`/api/search?q=${encodeURIComponent("Pengiriman Senjata Berat Ukraina")}&type=document&limit=50`);
  expect(response.status()).toBe(200);
  const { results } = await response.json();
  const seed = results.find((r: { title?: string }) => r.title === SEED_TITLE);
  expect(seed, "the seed article is found by its title").toBeDefined();
  return seed.id;
}

/** Opens the seed article's page, as its link in the documents list does. */
export async function openSeed(page: Page): Promise<void> {
  await page.goto(`/documents/${await seedDocumentId(page)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
}
