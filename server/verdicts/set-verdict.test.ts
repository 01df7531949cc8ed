import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, verdicts } from "@/db/schema.ts";
import { addCitation } from "../citations/add-citation.ts";
import { getItem } from "../items/get-item.ts";
import { firstItem } from "@/test/seeded.ts";
import { setVerdict } from "./set-verdict.ts";
import { useSeededDatabase } from "@/test/use-database.ts";

const t = useSeededDatabase();

const source = { url: "https://www.aljazeera.com/news/2023/1/15/nato", title: "NATO chief expects more heavy weapons", stance: "supports" };

beforeAll(async () => {
  });

const historyOf = async (itemId: string) => (await t.database.db.select({ n: count() }).from(verdicts).where(eq(verdicts.itemId, itemId)))[0]!.n;

describe("setVerdict", () => {
  it("needs a citation for anything but pending (422), and writes nothing without one", async () => {
    const item = await firstItem(t.database, t.as.reviewer, t.documentId);
    const error = await setVerdict(t.database.db, t.as.reviewer, item.id, { status: "verified", version: item.version }).catch((e) => e);
    expect(error).toMatchObject({ status: 422, message: "Add at least one citation before marking this quote verified." });
    expect(await historyOf(item.id)).toBe(0);
  });

  it("records the verdict in the history, moves the status and version on, and audits it", async () => {
    const item = await firstItem(t.database, t.as.reviewer, t.documentId);
    await addCitation(t.database.db, t.as.reviewer, item.id, source);
    const { item: updated } = await setVerdict(t.database.db, t.as.reviewer, item.id, { status: "verified", note: "Matches Handelsblatt", version: item.version });
    expect(updated).toMatchObject({ status: "verified", version: item.version + 1 });
    const full = await getItem(t.database.db, t.as.viewer, item.id);
    expect(full.verdicts).toMatchObject([{ fromStatus: "pending", toStatus: "verified", note: "Matches Handelsblatt", version: 2, by: { id: t.as.reviewer.id } }]);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, item.id));
    expect(audit.map((a) => a.action)).toEqual(["citation.add", "item.verdict"]);
  });

  it("refuses a save against a stale version with 409, naming who changed it, and adds no row", async () => {
    const item = await firstItem(t.database, t.as.reviewer, t.documentId);
    const rows = await historyOf(item.id);
    const error = await setVerdict(t.database.db, t.as.editor, item.id, { status: "disputed", note: "typed note", version: 1 }).catch((e) => e);
    expect(error.status).toBe(409);
    expect(error.message).toContain(`${t.as.reviewer.name} set it to verified`);
    expect(error.extra.current).toMatchObject({ id: item.id, status: "verified", version: 2 });
    expect(await historyOf(item.id)).toBe(rows);
  });

  it("lets one of two racing saves land; the other gets 409; the history grows by exactly one", async () => {
    const item = await firstItem(t.database, t.as.reviewer, t.documentId, "claim");
    await addCitation(t.database.db, t.as.reviewer, item.id, source);
    const before = await historyOf(item.id);
    const results = await Promise.allSettled([
      setVerdict(t.database.db, t.as.reviewer, item.id, { status: "verified", version: item.version }),
      setVerdict(t.database.db, t.as.editor, item.id, { status: "disputed", version: item.version }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(rejected.map((r) => r.reason.status)).toEqual([409]);
    expect(await historyOf(item.id)).toBe(before + 1);
  });

  it("allows going back to pending without a citation", async () => {
    const item = await firstItem(t.database, t.as.reviewer, t.documentId);
    const current = (await getItem(t.database.db, t.as.viewer, item.id)).item;
    const { item: back } = await setVerdict(t.database.db, t.as.reviewer, item.id, { status: "pending", version: current.version });
    expect(back.status).toBe("pending");
  });

  it("refuses viewers (403) and the signed-out (401)", async () => {
    const item = await firstItem(t.database, t.as.reviewer, t.documentId);
    await expect(setVerdict(t.database.db, t.as.viewer, item.id, { status: "pending", version: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(setVerdict(t.database.db, null, item.id, { status: "pending", version: 1 })).rejects.toMatchObject({ status: 401 });
  });
});
