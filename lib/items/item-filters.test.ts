import { describe, expect, it } from "vitest";
import { filtersToSearch, hasFilters, matchesFilters, NO_SPEAKER, parseItemFilters, speakerOptions } from "./item-filters.ts";
import { stepSelection } from "./step-selection.ts";

const jens = { id: "p-jens", name: "Jens Stoltenberg" };
const zel = { id: "p-zel", name: "Volodymyr Zelenskyy" };
const items = [
  { id: "a", type: "quote", kind: "direct", status: "pending", speaker: jens },
  { id: "b", type: "quote", kind: "indirect", status: "verified", speaker: zel },
  { id: "c", type: "claim", kind: null, status: "pending", speaker: null },
  { id: "d", type: "quote", kind: "indirect", status: "disputed", speaker: null },
  { id: "e", type: "quote", kind: "direct", status: "pending", speaker: jens },
] as const;
const ids = (f: Parameters<typeof matchesFilters>[1]) => items.filter((i) => matchesFilters(i, f)).map((i) => i.id);

describe("item filters", () => {
  it("read from the URL, ignoring values that mean nothing", () => {
    expect(parseItemFilters(new URLSearchParams("type=quote&status=verified&kind=sideways&speaker=p-zel&imported=1"))).toEqual({
      type: "quote",
      status: "verified",
      speaker: "p-zel",
    });
    expect(parseItemFilters({ type: ["claim", "quote"], status: "" })).toEqual({ type: "claim" });
  });

  it("write back to the URL keeping other parameters, and vanish when cleared", () => {
    expect(filtersToSearch({ type: "quote", status: "pending" }, "?imported=1")).toBe("?imported=1&type=quote&status=pending");
    expect(filtersToSearch({}, "?type=quote&status=pending")).toBe("");
    expect(parseItemFilters(new URLSearchParams(filtersToSearch({ speaker: "Jens Stoltenberg" })))).toEqual({ speaker: "Jens Stoltenberg" });
  });

  it("combine: every filter set must match", () => {
    expect(ids({})).toEqual(["a", "b", "c", "d", "e"]);
    expect(ids({ type: "quote", status: "pending" })).toEqual(["a", "e"]);
    expect(ids({ kind: "indirect" })).toEqual(["b", "d"]);
    expect(ids({ type: "claim", kind: "direct" })).toEqual([]);
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ status: "pending" })).toBe(true);
  });

  it("match a speaker by id, by name as pasted, or quotes with no speaker", () => {
    expect(ids({ speaker: "p-jens" })).toEqual(["a", "e"]);
    expect(ids({ speaker: "volodymyr zelenskyy" })).toEqual(["b"]);
    expect(ids({ speaker: NO_SPEAKER })).toEqual(["d"]);
  });

  it("offer each speaker once with a count, the unknown ones last", () => {
    expect(speakerOptions(items)).toEqual([
      { value: "p-jens", label: "Jens Stoltenberg", count: 2 },
      { value: "p-zel", label: "Volodymyr Zelenskyy", count: 1 },
      { value: NO_SPEAKER, label: "Unknown speaker", count: 1 },
    ]);
  });
});

describe("stepSelection", () => {
  const order = ["a", "b", "c", "d", "e"];
  const shown = new Set(["b", "d"]);

  it("steps through the shown items only, stopping at either end", () => {
    expect(stepSelection(order, shown, "b", 1)).toBe("d");
    expect(stepSelection(order, shown, "d", 1)).toBe("d");
    expect(stepSelection(order, shown, "b", -1)).toBe("b");
  });

  it("starts at the first (j) or last (k) shown item when nothing is selected", () => {
    expect(stepSelection(order, shown, null, 1)).toBe("b");
    expect(stepSelection(order, shown, null, -1)).toBe("d");
  });

  it("from an item the filters hide, goes to the nearest shown item on that side", () => {
    expect(stepSelection(order, shown, "c", 1)).toBe("d");
    expect(stepSelection(order, shown, "c", -1)).toBe("b");
    expect(stepSelection(order, shown, "e", 1)).toBe("d");
    expect(stepSelection(order, shown, "a", -1)).toBe("b");
  });

  it("stays put when the filters show nothing", () => {
    expect(stepSelection(order, new Set(), "c", 1)).toBe("c");
  });
});
