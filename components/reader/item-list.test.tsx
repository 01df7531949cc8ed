import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ItemView } from "@/lib/views/item-view.ts";
import { FIRST_ROWS, ItemList, ROW_TEXT_MAX, rowText } from "./item-list.tsx";

describe("rowText (the start of an item's text in its list row)", () => {
  it("keeps a text that fits whole", () => {
    expect(rowText("A short claim.", 40)).toBe("A short claim.");
  });

  it("cuts a long one at a word, with an ellipsis", () => {
    expect(rowText("one two three four five six", 16)).toBe("one two three…");
    expect(rowText("x".repeat(50), 10)).toBe(`${"x".repeat(10)}…`);
  });
});

describe("the item list", () => {
  const item = (n: number, text: string): ItemView =>
    ({ id: `i${n}`, documentId: "d", type: "claim", kind: null, status: "pending", text, start: n * 10, end: n * 10 + text.length, speaker: null, speakerMention: null, cue: null, score: 0.5, signals: [], version: 1 }) as unknown as ItemView;

  it("marks the selected row and escapes the text, each row at most a few lines of it", () => {
    const long = `<script>alert(1)</script> ${"word ".repeat(100)}`;
    const html = renderToStaticMarkup(<ItemList items={[item(1, "First claim."), item(2, long)]} selectedId="i2" onSelect={() => {}} />);
    expect(html).toMatch(/data-list-item-id="i2" aria-current="true"/);
    expect(html).not.toMatch(/data-list-item-id="i1" aria-current/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("First claim.");
    expect(html.length).toBeLessThan(ROW_TEXT_MAX + 2000);
  });

  it("sends the first rows (and the selected one) in the page's HTML; the rest render once the page runs", () => {
    const many = Array.from({ length: 500 }, (_, n) => item(n, `Claim number ${n}.`));
    const first = renderToStaticMarkup(<ItemList items={many} selectedId={null} onSelect={() => {}} />);
    expect(first.match(/data-list-item-id=/g)).toHaveLength(FIRST_ROWS);
    const upToSelected = renderToStaticMarkup(<ItemList items={many} selectedId="i299" onSelect={() => {}} />);
    expect(upToSelected.match(/data-list-item-id=/g)).toHaveLength(300);
    expect(upToSelected).toMatch(/data-list-item-id="i299" aria-current="true"/);
  });
});
