import { describe, expect, it } from "vitest";
import { reviewLine } from "./similar-item.ts";

const day = (iso: string) => iso.slice(0, 10);

describe("reviewLine", () => {
  it("says the verdict, when and by whom, and how many sources", () => {
    expect(reviewLine({ status: "disputed", reviewer: "Ana", reviewedAt: "2023-01-20T10:00:00Z", citations: 2 }, day)).toBe("Disputed on 2023-01-20 by Ana, 2 sources");
    expect(reviewLine({ status: "verified", reviewer: null, reviewedAt: "2023-01-20T10:00:00Z", citations: 1 }, day)).toBe("Verified on 2023-01-20, 1 source");
    expect(reviewLine({ status: "pending", reviewer: null, reviewedAt: null, citations: 0 }, day)).toBe("Not reviewed yet, no sources");
  });
});
