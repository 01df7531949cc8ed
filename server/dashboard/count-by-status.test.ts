import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import type { Role } from "../../lib/roles.ts";
import { firstItem, openSeededDatabase } from "../../test/seeded.ts";
import type { Actor } from "../actor.ts";
import { addCitation } from "../citations/add-citation.ts";
import { listPeople } from "../people/list-people.ts";
import { setVerdict } from "../verdicts/set-verdict.ts";
import { countByStatus } from "./count-by-status.ts";

let database: Database;
let as: Record<Role, Actor>;

beforeAll(async () => {
  let documentId: string;
  ({ database, as, documentId } = await openSeededDatabase());
  const item = await firstItem(database, as.editor, documentId);
  await addCitation(database.db, as.reviewer, item.id, { url: "https://example.org", title: "Source", stance: "supports" });
  await setVerdict(database.db, as.reviewer, item.id, { status: "verified", version: item.version });
});
afterAll(() => database.close());

describe("dashboard counts", () => {
  it("counts quotes and claims by status across documents", async () => {
    const counts = await countByStatus(database.db, as.viewer);
    expect(counts.documents).toBe(1);
    expect(counts.quotes).toMatchObject({ verified: 1, pending: 7, disputed: 0 });
    expect(counts.claims.pending).toBeGreaterThan(0);
  });

  it("lists speakers with their quote counts", async () => {
    const list = await listPeople(database.db, as.viewer);
    expect(list.find((p) => p.name === "Jens Stoltenberg")).toMatchObject({ quotes: 3, verified: 1 });
    await expect(listPeople(database.db, null)).rejects.toMatchObject({ status: 401 });
  });
});
