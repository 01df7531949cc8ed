import { beforeAll, describe, expect, it } from "vitest";
import { firstItem } from "@/test/seeded.ts";
import { addCitation } from "../citations/add-citation.ts";
import { correctItem } from "../items/correct-item.ts";
import { listAuditEvents } from "./list-audit-events.ts";
import { useSeededDatabase } from "@/test/use-database.ts";

const t = useSeededDatabase();

let itemId: string;

beforeAll(async () => {
      const item = await firstItem(t.database, t.as.editor, t.documentId);
  itemId = item.id;
  await addCitation(t.database.db, t.as.reviewer, itemId, { url: "https://example.org", title: "Source", stance: "context" });
  await correctItem(t.database.db, t.as.editor, itemId, { version: item.version, kind: "direct" });
});

describe("listAuditEvents", () => {
  it("gives an item's history newest first, with who, before and after", async () => {
    const { events } = await listAuditEvents(t.database.db, t.as.viewer, { targetType: "item", targetId: itemId });
    expect(events.map((e) => [e.action, e.actor?.id])).toEqual([
      ["item.correct", t.as.editor.id],
      ["citation.add", t.as.reviewer.id],
    ]);
    expect(events[0]).toMatchObject({ before: { kind: "indirect", version: 1 }, after: { kind: "direct", version: 2 } });
  });

  it("shows the whole activity log to editors only, a page at a time", async () => {
    await expect(listAuditEvents(t.database.db, t.as.reviewer)).rejects.toMatchObject({ status: 403 });
    const first = await listAuditEvents(t.database.db, t.as.editor, { limit: 2 });
    expect(first.events).toHaveLength(2);
    const second = await listAuditEvents(t.database.db, t.as.editor, { limit: 2, before: first.nextBefore! });
    expect(second.events[0]!.id).toBeLessThan(first.events[1]!.id);
  });
});
