import { describe, expect, it } from "vitest";
import { countItems, exportCounts, reviewProgress } from "./count-items.ts";
import { itemLabel } from "./labels.ts";

describe("countItems", () => {
  it("counts by type and by status, every status but pending counting as reviewed", () => {
    const counts = countItems([
      { type: "quote", status: "pending" },
      { type: "quote", status: "verified" },
      { type: "claim", status: "disputed" },
      { type: "claim", status: "unverifiable" },
      { type: "claim", status: "pending" },
    ]);
    expect(counts).toEqual({ quotes: 2, claims: 3, pending: 2, verified: 1, disputed: 1, unverifiable: 1 });
    expect(reviewProgress(counts)).toEqual({ reviewed: 3, total: 5 });
  });

  it("gives zeros for a document with no items", () => {
    expect(reviewProgress(countItems([]))).toEqual({ reviewed: 0, total: 0 });
  });
});

describe("exportCounts", () => {
  it("counts quotes by status and only the claims that have a verdict", () => {
    expect(
      exportCounts([
        { type: "quote", status: "verified" },
        { type: "quote", status: "pending" },
        { type: "quote", status: "verified" },
        { type: "claim", status: "pending" },
        { type: "claim", status: "disputed" },
      ]),
    ).toEqual({ quotes: { pending: 1, verified: 2, disputed: 0, unverifiable: 0 }, reviewedClaims: 1 });
  });
});

describe("itemLabel", () => {
  it("names quotes by kind and claims plainly", () => {
    expect(itemLabel({ type: "quote", kind: "direct" })).toBe("Direct quote");
    expect(itemLabel({ type: "quote", kind: "indirect" })).toBe("Indirect quote");
    expect(itemLabel({ type: "claim", kind: null })).toBe("Claim");
  });
});
