import { describe, expect, it } from "vitest";
import { insertAuditStatement, listItemsStatement, speakersNamedStatement } from "./app-sql.ts";
import { statementDifferences } from "./sql-parity.ts";

describe("listItemsStatement", () => {
  it("has one condition without parentheses, as drizzle's and() of one", () => {
    const s = listItemsStatement({ limit: 50 });
    expect(s.text).toMatch(/where "items"\."removed_at" is null order by/);
    expect(s.params).toEqual([51]);
  });

  it("numbers the parameters in the app's order, LIKE characters escaped", () => {
    const s = listItemsStatement({ limit: 10, type: "quote", speakerIds: ["p1", "p2"], q: "a\\b", after: ["d", 3, "i"] });
    expect(s.text).toMatch(/where \("items"\."removed_at" is null and "items"\."type" = \$1 and "items"\."speaker_id" = any\(\$2::uuid\[\]\) and "items"\."text" ilike \$3 and \("items"\."document_id", "items"\."start", "items"\."id"\) > \(\$4::uuid, \$5::integer, \$6::uuid\)\) order by/);
    expect(s.params).toEqual(["quote", ["p1", "p2"], "%a\\\\b%", "d", 3, "i", 11]);
  });

  it("filters by one speaker id with an equality, which walks the speaker index", () => {
    const id = "0a1b2c3d-0000-4000-8000-000000000001";
    expect(listItemsStatement({ limit: 50, speakerIds: [id] })).toMatchObject({ params: [id, 51] });
    expect(listItemsStatement({ limit: 50, speakerIds: [id] }).text).toContain(`"items"."speaker_id" = $1`);
  });

  it("escapes LIKE characters in a speaker's name", () => {
    expect(speakersNamedStatement("50%_off").params).toEqual(["%50\\%\\_off%", 100]);
  });
});

describe("statementDifferences", () => {
  const a = { text: "select 1 where x = $1", params: ["2025-01-02T03:04:05.678Z", 1] };
  it("treats two call times as the same parameter", () => {
    expect(statementDifferences("r", [a], [{ ...a, params: ["2026-12-02T00:00:00.000Z", 1] }])).toEqual([]);
  });

  it("reports another text, other parameters and another number of statements", () => {
    expect(statementDifferences("r", [a], [{ ...a, text: "select 2" }])[0]).toMatch(/statement 1: the text differs\n {2}app: {6}select 1/);
    expect(statementDifferences("r", [a], [{ ...a, params: ["<time>", 2] }])[0]).toMatch(/the parameters differ/);
    expect(statementDifferences("r", [a, a], [a])).toEqual(["r: the app sent 2 statements, app-sql.ts has 1"]);
  });

  it("sends jsonb as JSON text, as drizzle does", () => {
    expect(insertAuditStatement({ actorId: "u", action: "item.verdict", targetType: "item", targetId: "i", before: { status: "pending", version: 1 }, after: null }).params.slice(4)).toEqual(['{"status":"pending","version":1}', null]);
  });
});
