import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client.ts";
import { items, people } from "@/db/schema.ts";
import { actors } from "@/test/actors.ts";
import { importArticles } from "@/test/articles.ts";
import { openTestDatabase } from "@/test/database.ts";
import { listPeople, listSpeakersById } from "./list-people.ts";

let database: Database;
let as: Awaited<ReturnType<typeof actors>>;

beforeAll(async () => {
  database = await openTestDatabase();
  as = await actors(database.db);
  await importArticles(database.db, as.editor);
});
afterAll(() => database.close());

describe("the speakers list", () => {
  it("pages through everyone once, by name whatever the case, with each page's counts", async () => {
    const seen: { name: string; quotes: number }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listPeople(database.db, as.viewer, { limit: 3, cursor });
      expect(page.people.length).toBeLessThanOrEqual(3);
      seen.push(...page.people);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    const all = await database.db.select({ id: people.id, name: people.name }).from(people);
    expect(pages).toBeGreaterThan(1);
    expect(seen.map((p) => p.name)).toEqual(all.map((p) => p.name).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    const [someone] = all;
    const live = await database.db.select().from(items).where(and(eq(items.speakerId, someone!.id), isNull(items.removedAt)));
    expect(seen.find((p) => p.name === someone!.name)!.quotes).toBe(live.length);
  });

  it("refuses a tampered cursor and an anonymous caller", async () => {
    await expect(listPeople(database.db, as.viewer, { cursor: "not-a-cursor" })).rejects.toMatchObject({ status: 400, code: "bad_request" });
    await expect(listPeople(database.db, null)).rejects.toMatchObject({ status: 401 });
  });
});

describe("a document's speakers", () => {
  it("gives only the people asked for, by name, with aliases and quote counts, each once", async () => {
    const all = await database.db.select({ id: people.id, name: people.name }).from(people);
    const [a, b] = all.sort((x, y) => (x.name < y.name ? -1 : 1));
    const found = await listSpeakersById(database.db, as.viewer, [b!.id, a!.id, b!.id]);
    expect(found.map((p) => p.name)).toEqual([a!.name, b!.name]);
    expect(found[0]).toMatchObject({ aliases: expect.any(Array), quotes: expect.any(Number) });
    expect(await listSpeakersById(database.db, as.viewer, [])).toEqual([]);
    await expect(listSpeakersById(database.db, null, [a!.id])).rejects.toMatchObject({ status: 401 });
  });
});
