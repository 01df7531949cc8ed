import { beforeAll, describe, expect, it } from "vitest";
import { firstItem } from "@/test/seeded.ts";
import { addCitation } from "../citations/add-citation.ts";
import { listPeople } from "../people/list-people.ts";
import { setVerdict } from "../verdicts/set-verdict.ts";
import { countByStatus } from "./count-by-status.ts";
import { useSeededDatabase } from "@/test/use-database.ts";

const t = useSeededDatabase();


beforeAll(async () => {
      const item = await firstItem(t.database, t.as.editor, t.documentId);
  await addCitation(t.database.db, t.as.reviewer, item.id, { url: "https://example.org", title: "Source", stance: "supports" });
  await setVerdict(t.database.db, t.as.reviewer, item.id, { status: "verified", version: item.version });
});

describe("dashboard counts", () => {
  it("counts quotes and claims by status across documents", async () => {
    const counts = await countByStatus(t.database.db, t.as.viewer);
    expect(counts.documents).toBe(1);
    expect(counts.quotes).toMatchObject({ verified: 1, pending: 7, disputed: 0 });
    expect(counts.claims.pending).toBeGreaterThan(0);
  });

  it("lists speakers with their quote counts", async () => {
    const list = (await listPeople(t.database.db, t.as.viewer, { limit: 100 })).people;
    expect(list.find((p) => p.name === "Jens Stoltenberg")).toMatchObject({ quotes: 3, verified: 1 });
    await expect(listPeople(t.database.db, null)).rejects.toMatchObject({ status: 401 });
  });
});
