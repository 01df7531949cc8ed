import { describe, expect, it } from "vitest";
import { answerIds, compareAnswers, differences } from "./compare.ts";

const page = (ids: string[], nextCursor: string | null = null) => ({ items: ids.map((id) => ({ id, speaker: { id: `p-${id}`, name: "X" } })), nextCursor });

describe("answerIds", () => {
  it("collects every id depth first, and the next cursor", () => {
    expect(answerIds(page(["a", "b"], "c1"))).toEqual(["id=a", "id=p-a", "id=b", "id=p-b", "nextCursor=c1"]);
    expect(answerIds({ item: { id: "i" }, citations: [{ id: "c" }], verdicts: [{ id: "v", by: null }] })).toEqual(["id=i", "id=c", "id=v"]);
  });
});

describe("compareAnswers", () => {
  it("takes two equal answers without rows, such as the health check, as the same", () => {
    expect(compareAnswers("r", { status: 200, body: { ok: true, db: "postgres" } }, { status: 200, body: { ok: true, db: "postgres" } })).toBeNull();
  });

  it("passes the same ids in the same order, whatever else differs", () => {
    expect(compareAnswers("r", { status: 200, body: page(["a", "b"]) }, { status: 200, body: { ...page(["a", "b"]), extra: 1 } })).toBeNull();
  });

  it("fails on another status, other ids, another order, fewer rows, another cursor, or no ids at all", () => {
    const ok = { status: 200, body: page(["a", "b"], "n") };
    expect(compareAnswers("r", ok, { status: 500, body: {} })).toMatch(/answered 200, the bare server 500/);
    expect(compareAnswers("r", ok, { status: 200, body: page(["b", "a"], "n") })).toMatch(/first difference at #0: app id=a, bare id=b/);
    expect(compareAnswers("r", ok, { status: 200, body: page(["a"], "n") })).toMatch(/app 5, bare 3/);
    expect(compareAnswers("r", ok, { status: 200, body: page(["a", "b"], null) })).toMatch(/nextCursor=n, bare nextCursor=null/);
    expect(compareAnswers("r", { status: 200, body: { items: [] } }, { status: 200, body: { items: [] } })).toMatch(/no ids at all/);
    expect(compareAnswers("r", { status: 200, body: { ok: true } }, { status: 200, body: { ok: false } })).toMatch(/no ids at all/);
  });
});

describe("differences", () => {
  it("names the paths that differ, at most max of them", () => {
    expect(differences({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] })).toEqual([]);
    expect(differences({ a: 1, b: [1, 2] }, { a: 2, b: [1, 3], c: true })).toEqual(["a: 1 ≠ 2", "b[1]: 2 ≠ 3", "c: undefined ≠ true"]);
    expect(differences({ a: 1, b: 2, c: 3 }, { a: 0, b: 0, c: 0 }, 2)).toHaveLength(2);
  });
});
