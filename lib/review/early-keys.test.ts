import { describe, expect, it } from "vitest";
import { droppedKeysNotice, planEarlyKeys } from "./early-keys.ts";

const order = ["a", "b", "c", "d"];
const all = new Set(order);

describe("planEarlyKeys", () => {
  it("catches up on j and k from the first item, as if the page had been ready", () => {
    expect(planEarlyKeys(["j"], order, all, null).selectId).toBe("a");
    expect(planEarlyKeys(["j", "j", "j", "k"], order, all, null).selectId).toBe("b");
  });

  it("starts from the item the link selected, and keeps within the filters", () => {
    expect(planEarlyKeys(["j"], order, all, "b").selectId).toBe("c");
    expect(planEarlyKeys(["j"], order, new Set(["a", "d"]), "a").selectId).toBe("d");
  });

  it("never replays a verdict or citation key, and says which were ignored", () => {
    const plan = planEarlyKeys(["j", "v", "c", "v"], order, all, null);
    expect(plan).toEqual({ selectId: "a", help: false, dropped: ["v", "c", "v"] });
    expect(droppedKeysNotice(plan.dropped)).toBe("Pressed while the page was loading, v, c did nothing: no item was selected yet. Press it again now.");
  });

  it("toggles the help for each ?, and leaves the selection alone without j or k", () => {
    expect(planEarlyKeys(["?"], order, all, "c")).toEqual({ selectId: "c", help: true, dropped: [] });
    expect(planEarlyKeys(["?", "?"], order, all, null).help).toBe(false);
    expect(droppedKeysNotice([])).toBeNull();
  });
});
