import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import { auditEvents, verdicts } from "../../db/schema.ts";
import type { Role } from "../../lib/roles.ts";
import type { Actor } from "../actor.ts";
import { addCitation } from "../citations/add-citation.ts";
import { getItem } from "../items/get-item.ts";
import { firstItem, openSeededDatabase } from "../../test/seeded.ts";
import { setVerdict } from "./set-verdict.ts";

let database: Database;
let as: Record<Role, Actor>;
let documentId: string;
const source = { url: "https://www.aljazeera.com/news/2023/1/15/nato", title: "NATO chief expects more heavy weapons", stance: "supports" };

beforeAll(async () => {
  ({ database, as, documentId } = await openSeededDatabase());
});
afterAll(() => database.close());

const historyOf = async (itemId: string) => (await database.db.select({ n: count() }).from(verdicts).where(eq(verdicts.itemId, itemId)))[0]!.n;

describe("setVerdict", () => {
  it("needs a citation for anything but pending (422), and writes nothing without one", async () => {
    const item = await firstItem(database, as.reviewer, documentId);
    const error = await setVerdict(database.db, as.reviewer, item.id, { status: "verified", version: item.version }).catch((e) => e);
    expect(error).toMatchObject({ status: 422, message: "Add at least one citation before marking this quote verified." });
    expect(await historyOf(item.id)).toBe(0);
  });

  it("records the verdict in the history, moves the status and version on, and audits it", async () => {
    const item = await firstItem(database, as.reviewer, documentId);
    await addCitation(database.db, as.reviewer, item.id, source);
    const { item: updated } = await setVerdict(database.db, as.reviewer, item.id, { status: "verified", note: "Matches Handelsblatt", version: item.version });
    expect(updated).toMatchObject({ status: "verified", version: item.version + 1 });
    const full = await getItem(database.db, as.viewer, item.id);
    expect(full.verdicts).toMatchObject([{ fromStatus: "pending", toStatus: "verified", note: "Matches Handelsblatt", version: 2, by: { id: as.reviewer.id } }]);
    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.targetId, item.id));
    expect(audit.map((a) => a.action)).toEqual(["citation.add", "item.verdict"]);
  });

  it("refuses a save against a stale version with 409, naming who changed it, and adds no row", async () => {
    const item = await firstItem(database, as.reviewer, documentId);
    const rows = await historyOf(item.id);
    const error = await setVerdict(database.db, as.editor, item.id, { status: "disputed", note: "typed note", version: 1 }).catch((e) => e);
    expect(error.status).toBe(409);
    expect(error.message).toContain(`${as.reviewer.name} set it to verified`);
    expect(error.extra.current).toMatchObject({ id: item.id, status: "verified", version: 2 });
    expect(await historyOf(item.id)).toBe(rows);
  });

  it("lets one of two racing saves land; the other gets 409; the history grows by exactly one", async () => {
    const item = await firstItem(database, as.reviewer, documentId, "claim");
    await addCitation(database.db, as.reviewer, item.id, source);
    const before = await historyOf(item.id);
    const results = await Promise.allSettled([
      setVerdict(database.db, as.reviewer, item.id, { status: "verified", version: item.version }),
      setVerdict(database.db, as.editor, item.id, { status: "disputed", version: item.version }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(rejected.map((r) => r.reason.status)).toEqual([409]);
    expect(await historyOf(item.id)).toBe(before + 1);
  });

  it("allows going back to pending without a citation", async () => {
    const item = await firstItem(database, as.reviewer, documentId);
    const current = (await getItem(database.db, as.viewer, item.id)).item;
    const { item: back } = await setVerdict(database.db, as.reviewer, item.id, { status: "pending", version: current.version });
    expect(back.status).toBe("pending");
  });

  it("refuses viewers (403) and the signed-out (401)", async () => {
    const item = await firstItem(database, as.reviewer, documentId);
    await expect(setVerdict(database.db, as.viewer, item.id, { status: "pending", version: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(setVerdict(database.db, null, item.id, { status: "pending", version: 1 })).rejects.toMatchObject({ status: 401 });
  });
});
