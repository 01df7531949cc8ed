import { describe, expect, it } from "vitest";
import { summariseReview } from "./review-summary.ts";

const tally = (pending: number, verified: number, disputed: number, unverifiable: number) => ({ pending, verified, disputed, unverifiable });

describe("summariseReview", () => {
  it("adds quotes and claims up by status, every status but pending counting as reviewed", () => {
    const summary = summariseReview({ documents: 2, quotes: tally(7, 2, 1, 0), claims: tally(20, 1, 0, 1) });
    expect(summary.quotes).toEqual({ quotes: 10, claims: 0, pending: 7, verified: 2, disputed: 1, unverifiable: 0 });
    expect(summary.claims).toEqual({ quotes: 0, claims: 22, pending: 20, verified: 1, disputed: 0, unverifiable: 1 });
    expect(summary.all).toEqual({ quotes: 10, claims: 22, pending: 27, verified: 3, disputed: 1, unverifiable: 1 });
    expect(summary).toMatchObject({ documents: 2, reviewed: 5, total: 32, percent: 15 });
  });

  it("says 100% only when nothing is left pending", () => {
    expect(summariseReview({ documents: 1, quotes: tally(1, 299, 0, 0), claims: tally(0, 0, 0, 0) }).percent).toBe(99);
    expect(summariseReview({ documents: 1, quotes: tally(0, 3, 0, 0), claims: tally(0, 0, 1, 0) }).percent).toBe(100);
  });

  it("gives zeros, not NaN, when there is nothing to review", () => {
    expect(summariseReview({ documents: 0, quotes: tally(0, 0, 0, 0), claims: tally(0, 0, 0, 0) })).toMatchObject({ reviewed: 0, total: 0, percent: 0 });
  });
});
