import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, roleAtLeast, type Role } from "@/lib/roles.ts";
import { firstItem } from "@/test/seeded.ts";
import type { Actor } from "./actor.ts";
import { addCitation } from "./citations/add-citation.ts";
import { editCitation, removeCitation } from "./citations/change-citation.ts";
import { importDocument } from "./documents/import-document.ts";
import { addItem } from "./items/add-item.ts";
import { correctItem } from "./items/correct-item.ts";
import { mergePeople } from "./people/merge-people.ts";
import { createToken } from "./tokens/create-token.ts";
import { createUser } from "./users/create-user.ts";
import { setVerdict } from "./verdicts/set-verdict.ts";
import { useSeededDatabase } from "@/test/use-database.ts";

const t = useSeededDatabase();

let itemId: string;
let citationId: string;
const source = { url: "https://example.org/a", title: "A source", stance: "context" };

beforeAll(async () => {
  itemId = (await firstItem(t.database, t.as.editor, t.documentId)).id;
  citationId = (await addCitation(t.database.db, t.as.admin, itemId, source)).citation.id;
});

/** Every mutation, the least role that may make it, and a call with otherwise valid input. */
const MUTATIONS: [string, Role, (actor: Actor | null, n: number) => Promise<unknown>][] = [
  ["import a document", "editor", (a, n) => importDocument(t.database.db, a, { title: "t", body: `A unique body number ${n}.` })],
  ["add a citation", "reviewer", (a) => addCitation(t.database.db, a, itemId, source)],
  ["edit another's citation", "editor", (a) => editCitation(t.database.db, a, citationId, source)],
  ["set a verdict", "reviewer", (a) => setVerdict(t.database.db, a, itemId, { status: "pending", version: 999 })],
  ["correct an item", "editor", (a) => correctItem(t.database.db, a, itemId, { version: 999, kind: "direct" })],
  ["add an item", "editor", (a) => addItem(t.database.db, a, t.documentId, { type: "claim", start: 0, end: 10 })],
  ["merge speakers", "editor", (a) => mergePeople(t.database.db, a, { keepId: crypto.randomUUID(), mergeId: crypto.randomUUID() })],
  ["create a user", "admin", (a, n) => createUser(t.database.db, a, { email: `u${n}@x.id`, role: "viewer", password: "long-enough-pass" })],
  ["create an API token", "admin", (a) => createToken(t.database.db, a, { email: "viewer@test.local" })],
  ["remove another's citation", "editor", (a) => removeCitation(t.database.db, a, citationId)],
];

describe("every mutation checks the session and the role on the server", () => {
  let n = 0;
  it.each(MUTATIONS)("%s: 401 signed out, 403 below %s, allowed from there up", async (_, least, call) => {
    await expect(call(null, n++)).rejects.toMatchObject({ status: 401 });
    for (const role of ROLES) {
      const outcome = await call(t.as[role], n++).then(
        () => 200,
        (e) => e.status as number,
      );
      const expected = roleAtLeast(role, least) ? [200, 404, 409, 422] : [403];
      expect(expected, `${role}`).toContain(outcome);
    }
  });
});
