import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, roleAtLeast, type Role } from "@/lib/roles.ts";
import { firstItem } from "@/test/seeded.ts";
import type { Actor } from "./actor.ts";
import { addCitation } from "./citations/add-citation.ts";
import { editCitation, removeCitation } from "./citations/change-citation.ts";
import { importDocument } from "./documents/import-document.ts";
import { removeFeed, subscribeFeed } from "./feeds/subscribe-feed.ts";
import { importFromUrl } from "./intake/import-url.ts";
import { startBatch } from "./intake/start-batch.ts";
import type { Queue } from "./jobs/queue.ts";
import { previewUrl } from "./intake/preview-url.ts";
import { addItem } from "./items/add-item.ts";
import { correctItem } from "./items/correct-item.ts";
import { mergePeople } from "./people/merge-people.ts";
import { dismissMergeSuggestion } from "./people/merge-suggestions.ts";
import { restoreItem } from "./items/restore-item.ts";
import { reuseCitations } from "./citations/reuse-citations.ts";
import { OPERATOR } from "./actor.ts";
import { createToken } from "./tokens/create-token.ts";
import { revokeAllTokens, revokeToken } from "./tokens/revoke-token.ts";
import { changeOwnPassword } from "./users/change-password.ts";
import { changeRole } from "./users/change-role.ts";
import { createUser } from "./users/create-user.ts";
import { resetPassword } from "./users/reset-password.ts";
import { deactivateUser, reactivateUser } from "./users/set-active.ts";
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

/** A fresh account for a mutation to act on, so that one role's call does not change another's. */
const someone = async (n: number) => createUser(t.database.db, OPERATOR, { email: `someone-${n}@test.local`, role: "viewer", password: "someone-password-123" });
const tokenOf = async (email: string) => (await createToken(t.database.db, OPERATOR, { email })).id;
const own = (a: Actor | null) => a && { ...a, id: a.id!, sessionId: crypto.randomUUID(), mustChangePassword: false };

/** A queue that takes jobs and does nothing with them: the role is what is tested here. */
const queueless = { insert: async () => {}, send: async () => null } as unknown as Queue;

/** Every mutation, the least role that may make it, and a call with otherwise valid input. */
const MUTATIONS: [string, Role, (actor: Actor | null, n: number) => Promise<unknown>][] = [
  ["import a document", "editor", (a, n) => importDocument(t.database.db, a, { title: "t", body: `A unique body number ${n}.` })],
  // A loopback address the fetcher refuses (422) without a connection: the role is checked before it.
  ["import a document from its address", "editor", (a) => importFromUrl(t.database.db, a, { url: "http://127.0.0.1:9/story" }, { allow: new Set() })],
  ["fetch a page to preview its import", "editor", (a) => previewUrl(t.database.db, a, { url: "http://127.0.0.1:9/story" }, { allow: new Set() })],
  ["start a bulk import", "editor", (a) => startBatch(t.database.db, queueless, a, { kind: "urls", urls: ["https://example.org/story"] })],
  ["subscribe to a feed", "editor", (a) => subscribeFeed(t.database.db, queueless, a, { url: "http://127.0.0.1:9/feed.rss" })],
  ["remove a feed", "editor", (a) => removeFeed(t.database.db, a, crypto.randomUUID())],
  ["add a citation", "reviewer", (a) => addCitation(t.database.db, a, itemId, source)],
  ["edit another's citation", "editor", (a) => editCitation(t.database.db, a, citationId, source)],
  ["set a verdict", "reviewer", (a) => setVerdict(t.database.db, a, itemId, { status: "pending", version: 999 })],
  ["correct an item", "editor", (a) => correctItem(t.database.db, a, itemId, { version: 999, kind: "direct" })],
  ["add an item", "editor", (a) => addItem(t.database.db, a, t.documentId, { type: "claim", start: 0, end: 10 })],
  ["merge speakers", "editor", (a) => mergePeople(t.database.db, a, { keepId: crypto.randomUUID(), mergeId: crypto.randomUUID() })],
  ["create a user", "admin", (a, n) => createUser(t.database.db, a, { email: `u${n}@x.id`, role: "viewer", password: "long-enough-pass" })],
  ["create an API token for someone else", "admin", async (a, n) => createToken(t.database.db, a, { email: (await someone(n)).email })],
  ["create one's own API token", "viewer", (a) => createToken(t.database.db, a, {})],
  ["revoke someone else's API token", "admin", async (a, n) => revokeToken(t.database.db, a, await tokenOf((await someone(n)).email))],
  ["revoke one's own API token", "viewer", async (a) => revokeToken(t.database.db, a, await tokenOf(a?.email ?? "viewer@test.local"))],
  ["revoke all of someone's API tokens", "admin", async (a, n) => revokeAllTokens(t.database.db, a, (await someone(n)).email)],
  ["change someone's role", "admin", async (a, n) => changeRole(t.database.db, a, (await someone(n)).id, { role: "reviewer" })],
  ["deactivate an account", "admin", async (a, n) => deactivateUser(t.database.db, a, (await someone(n)).email)],
  ["reactivate an account", "admin", async (a, n) => reactivateUser(t.database.db, a, (await someone(n)).email)],
  ["reset someone's password", "admin", async (a, n) => resetPassword(t.database.db, a, (await someone(n)).email)],
  [
    "change one's own password",
    "viewer",
    (a) => changeOwnPassword(t.database.db, own(a), { current: `${a?.role}-password-123`, password: "a-brand-new-password-9", confirm: "a-brand-new-password-9" }),
  ],
  ["remove another's citation", "editor", (a) => removeCitation(t.database.db, a, citationId)],
  ["restore a removed item", "editor", (a) => restoreItem(t.database.db, a, itemId, 999)],
  ["reuse another item's sources", "reviewer", (a) => reuseCitations(t.database.db, a, itemId, { fromItemId: crypto.randomUUID() })],
  ["mark two speakers as different people", "editor", (a) => dismissMergeSuggestion(t.database.db, a, { personId: crypto.randomUUID(), otherId: crypto.randomUUID() })],
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
