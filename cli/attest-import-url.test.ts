import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents } from "@/db/schema.ts";
import { useCliDatabase } from "@/test/cli-database.ts";
import { startFixtureSiteProcess } from "@/test/fixture-site-process.ts";
import { lines, runAttest } from "@/test/run-attest.ts";

// The fixture site on loopback stands in for a newsroom's sources; ATTEST_URL_ALLOW lets the CLI reach it.
const cli = useCliDatabase("attest-cli-url-");
const { inDatabase } = cli;
// The embedded database of this file, whatever DATABASE_URL the test run has.
const attest = (args: string[], env: Record<string, string>) => runAttest(args, { ATTEST_DATA_DIR: cli.dataDir, DATABASE_URL: undefined, ...env });

describe("attest import URL", () => {
  let site: Awaited<ReturnType<typeof startFixtureSiteProcess>>;
  beforeAll(async () => {
    site = await startFixtureSiteProcess();
  });
  afterAll(() => site.stop());

  it("fetches each page, imports its story with the page's metadata, and says why a page was refused", async () => {
    const story = `${site.origin}/kompas-like.html`;
    const env = { ATTEST_URL_ALLOW: `127.0.0.1:${site.port}` };
    const r = attest(["import", story, `${site.origin}/`, `${site.origin}/photo.jpg`], env);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      "imported 1, duplicates 0, failed 2",
      `failed ${site.origin}/: Attest found no article on that page (it may be a front page, a list or behind a log-in). Open the story itself, or paste its text.`,
      `failed ${site.origin}/photo.jpg: That address serves image/jpeg, not a web page: Attest reads articles from web pages (text/html, application/xhtml+xml, text/plain).`,
    ]);
    const stored = await inDatabase((db) => db.select().from(documents).where(eq(documents.sourceUrl, `${site.origin}/ekonomi/2024/03/12/harga-beras`)));
    expect(stored).toMatchObject([{ title: "Menteri Perdagangan Janji Harga Beras Turun Sebelum Lebaran", sourceName: "Warta Nusantara", publishedAt: "2024-03-12", language: "id" }]);

    const again = attest(["import", "--source-name", "Desk copy", `${site.origin}/s/beras`], env);
    expect(lines(again.stdout)).toEqual(["imported 0, duplicates 1, failed 0"]);
  }, 60_000);

  it("refuses the fixture site's loopback address when ATTEST_URL_ALLOW does not list it", () => {
    const r = attest(["import", `${site.origin}/wire-english.html`], { ATTEST_URL_ALLOW: "" });
    expect(r.code).toBe(1);
    expect(lines(r.stdout)[1]).toMatch(/^failed http:\/\/127\.0\.0\.1:\d+\/wire-english\.html: 127\.0\.0\.1 is on a private network \(127\.0\.0\.1\)/);
  }, 60_000);
});
