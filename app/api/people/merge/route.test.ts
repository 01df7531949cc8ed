import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "@/db/schema.ts";
import { apiRequest, openApiTestContext, refusal, type ApiTestContext } from "@/test/api.ts";
import { GET as suggestions } from "../merge-suggestions/route.ts";
import { POST as dismiss } from "../merge-suggestions/dismiss/route.ts";
import { POST as merge } from "./route.ts";

let t: ApiTestContext;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await openApiTestContext();
  const rows = await t.database.db.insert(people).values([{ name: "Zelensky" }, { name: "Zelenskyy" }, { name: "Stoltenberg" }, { name: "Jens Stoltenberg" }]).returning();
  ids = Object.fromEntries(rows.map((r) => [r.name, r.id]));
});
afterAll(() => t.close());

const post = (handler: typeof merge, path: string, json: unknown, token = t.tokens.editor) => handler(apiRequest(path, { token, json }));

describe("speaker merges over the API", () => {
  it("lists suggestions for editors, refuses reviewers, and dismisses a pair with 204", async () => {
    expect((await suggestions(apiRequest("/api/people/merge-suggestions", { token: t.tokens.reviewer }))).status).toBe(403);
    const body = await (await suggestions(apiRequest("/api/people/merge-suggestions", { token: t.tokens.editor }))).json();
    expect(body.suggestions.map((s: { reason: string }) => s.reason).sort()).toEqual(["spelling", "surname"]);
    const response = await post(dismiss, "/api/people/merge-suggestions/dismiss", { personId: ids.Zelensky, otherId: ids.Zelenskyy });
    expect(response.status).toBe(204);
    const after = await (await suggestions(apiRequest("/api/people/merge-suggestions", { token: t.tokens.editor }))).json();
    expect(after.suggestions.map((s: { reason: string }) => s.reason)).toEqual(["surname"]);
    expect(await refusal(await post(dismiss, "/api/people/merge-suggestions/dismiss", { personId: "x" }))).toMatchObject({ status: 422 });
  });

  it("merges two people for an editor, and answers 403, 422 and 404 where it must", async () => {
    expect((await post(merge, "/api/people/merge", { keepId: ids["Jens Stoltenberg"], mergeId: ids.Stoltenberg }, t.tokens.reviewer)).status).toBe(403);
    expect(await refusal(await post(merge, "/api/people/merge", { keepId: "nope" }))).toMatchObject({ status: 422, fields: { keepId: expect.any(Array), mergeId: expect.any(Array) } });
    const response = await post(merge, "/api/people/merge", { keepId: ids["Jens Stoltenberg"], mergeId: ids.Stoltenberg });
    expect(response.status).toBe(200);
    expect((await response.json()).person).toMatchObject({ name: "Jens Stoltenberg", aliases: ["Stoltenberg"] });
    expect((await post(merge, "/api/people/merge", { keepId: ids["Jens Stoltenberg"], mergeId: ids.Stoltenberg })).status).toBe(404);
  });
});
