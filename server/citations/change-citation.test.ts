import { beforeAll, describe, expect, it } from "vitest";
import { firstItem } from "@/test/seeded.ts";
import { OPERATOR, type Actor } from "../actor.ts";
import { getItem } from "../items/get-item.ts";
import { createUser } from "../users/create-user.ts";
import { addCitation } from "./add-citation.ts";
import { editCitation, removeCitation } from "./change-citation.ts";
import { useSeededDatabase } from "@/test/use-database.ts";

const t = useSeededDatabase();

let other: Actor;
let itemId: string;
const source = { url: "https://www.reuters.com/world/europe/nato", title: "NATO expects more weapons", stance: "supports" };

beforeAll(async () => {
      itemId = (await firstItem(t.database, t.as.editor, t.documentId)).id;
  const u = await createUser(t.database.db, OPERATOR, { email: "second@test.local", role: "reviewer", password: "second-reviewer-pass" });
  other = { id: u.id, email: u.email, name: u.name, role: u.role };
});

describe("citations", () => {
  it("are added with today's date by default and show on the item", async () => {
    const { citation } = await addCitation(t.database.db, t.as.reviewer, itemId, source, new Date("2026-11-27T10:00:00Z"));
    expect(citation).toMatchObject({ accessedAt: "2026-11-27", stance: "supports", createdBy: t.as.reviewer.id });
    expect((await getItem(t.database.db, t.as.viewer, itemId)).citations.map((c) => c.id)).toContain(citation.id);
  });

  it("accept http(s) addresses only", async () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://x.org/a", "not a url"]) {
      const error = await addCitation(t.database.db, t.as.reviewer, itemId, { ...source, url }).catch((e) => e);
      expect(error, url).toMatchObject({ status: 422, fields: { url: expect.any(Array) } });
    }
  });

  it("may be edited and removed by their reviewer, not by another reviewer; editors may do either", async () => {
    const { citation } = await addCitation(t.database.db, t.as.reviewer, itemId, source);
    await expect(editCitation(t.database.db, other, citation.id, { ...source, title: "Hijacked" })).rejects.toMatchObject({ status: 403 });
    await expect(removeCitation(t.database.db, other, citation.id)).rejects.toMatchObject({ status: 403 });
    const { citation: edited } = await editCitation(t.database.db, t.as.reviewer, citation.id, { ...source, title: "Better title" });
    expect(edited.title).toBe("Better title");
    await editCitation(t.database.db, t.as.editor, citation.id, { ...source, stance: "context" });
    await removeCitation(t.database.db, t.as.editor, citation.id);
    expect((await getItem(t.database.db, t.as.viewer, itemId)).citations.map((c) => c.id)).not.toContain(citation.id);
    await expect(removeCitation(t.database.db, t.as.editor, citation.id)).rejects.toMatchObject({ status: 404 });
  });
});
