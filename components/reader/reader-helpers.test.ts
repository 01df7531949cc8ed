import { describe, expect, it } from "vitest";
import { itemHash, itemIdFromHash } from "@/lib/items/item-hash.ts";
import { isTypingTarget } from "@/lib/review/typing-target.ts";

describe("item links", () => {
  it("round-trips an item id through the URL fragment", () => {
    const id = "3f2c9a3e-1b2c-4d5e-8f90-123456789abc";
    expect(itemIdFromHash(itemHash(id))).toBe(id);
  });

  it("ignores other fragments and anything that is not an id", () => {
    expect(itemIdFromHash("")).toBeNull();
    expect(itemIdFromHash("#top")).toBeNull();
    expect(itemIdFromHash("#item-")).toBeNull();
    expect(itemIdFromHash('#item-"><script>')).toBeNull();
  });
});

describe("isTypingTarget", () => {
  it("treats text fields, text areas, selects and editable content as typing", () => {
    expect(isTypingTarget({ tagName: "INPUT", type: "text" } as never)).toBe(true);
    expect(isTypingTarget({ tagName: "INPUT", type: "search" } as never)).toBe(true);
    expect(isTypingTarget({ tagName: "TEXTAREA" } as never)).toBe(true);
    expect(isTypingTarget({ tagName: "SELECT" } as never)).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true } as never)).toBe(true);
  });

  it("lets shortcuts through on buttons, checkboxes and the page itself", () => {
    expect(isTypingTarget({ tagName: "BUTTON" } as never)).toBe(false);
    expect(isTypingTarget({ tagName: "INPUT", type: "checkbox" } as never)).toBe(false);
    expect(isTypingTarget({ tagName: "BODY" } as never)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
