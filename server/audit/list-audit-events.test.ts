import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import type { Role } from "../../lib/roles.ts";
import { firstItem, openSeededDatabase } from "../../test/seeded.ts";
import type { Actor } from "../actor.ts";
import { addCitation } from "../citations/add-citation.ts";
import { correctItem } from "../items/correct-item.ts";
import { listAuditEvents } from "./list-audit-events.ts";

let database: Database;
let as: Record<Role, Actor>;
let itemId: string;

beforeAll(async () => {
  let documentId: string;
  ({ database, as, documentId } = await openSeededDatabase());
  const item = await firstItem(database, as.editor, documentId);
  itemId = item.id;
  await addCitation(database.db, as.reviewer, itemId, { url: "https://example.org", title: "Source", stance: "context" });
  await correctItem(database.db, as.editor, itemId, { version: item.version, kind: "direct" });
});
afterAll(() => database.close());

describe("listAuditEvents", () => {
  it("gives an item's history newest first, with who, before and after", async () => {
    const { events } = await listAuditEvents(database.db, as.viewer, { targetType: "item", targetId: itemId });
    expect(events.map((e) => [e.action, e.actor?.id])).toEqual([
      ["item.correct", as.editor.id],
      ["citation.add", as.reviewer.id],
    ]);
    expect(events[0]).toMatchObject({ before: { kind: "indirect", version: 1 }, after: { kind: "direct", version: 2 } });
  });

  it("shows the whole activity log to editors only, a page at a time", async () => {
    await expect(listAuditEvents(database.db, as.reviewer)).rejects.toMatchObject({ status: 403 });
    const first = await listAuditEvents(database.db, as.editor, { limit: 2 });
    expect(first.events).toHaveLength(2);
    const second = await listAuditEvents(database.db, as.editor, { limit: 2, before: first.nextBefore! });
    expect(second.events[0]!.id).toBeLessThan(first.events[1]!.id);
  });
});
