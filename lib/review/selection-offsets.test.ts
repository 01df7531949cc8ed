import { describe, expect, it } from "vitest";
import { BODY_START_ATTR, pointToOffset, rangeToSpan, type TextTreeNode } from "./selection-offsets.ts";

// A tiny stand-in for the DOM the article renders: <div><p data-body-start>text<mark>text</mark>…</p>…</div>.
type Fake = TextTreeNode & { childNodes: Fake[] };
const text = (value: string): Fake => ({ nodeType: 3, parentNode: null, childNodes: [], textContent: value });
function el(attrs: Record<string, string>, ...children: Fake[]): Fake {
  const node: Fake = {
    nodeType: 1,
    parentNode: null,
    childNodes: children,
    get textContent() {
      return children.map((c) => c.textContent).join("");
    },
    getAttribute: (name) => attrs[name] ?? null,
  };
  for (const c of children) c.parentNode = node;
  return node;
}
const p = (start: number, ...children: Fake[]) => el({ [BODY_START_ATTR]: String(start) }, ...children);

// body: "Intro line.\nHe said "we will win" today.\n\nLast."
const body = 'Intro line.\nHe said "we will win" today.\n\nLast.';
const t1 = text("Intro line.");
const t2a = text('He said "');
const t2mark = text("we will win");
const inner = text("will");
const t2b = text('" today.');
const mark = el({ "data-item-id": "q" }, t2mark);
const p1 = p(0, t1);
const p2 = p(12, t2a, mark, t2b);
const p3 = p(body.indexOf("Last."), text("Last."));
const root = el({}, p1, p2, p3);
const outside = text("Header");

describe("pointToOffset", () => {
  it("counts a text node's characters from its paragraph's body offset", () => {
    expect(pointToOffset(t1, 6, root, "start")).toBe(6);
    expect(pointToOffset(t2a, 3, root, "start")).toBe(15);
  });

  it("counts the text of earlier nodes in the paragraph, marks included", () => {
    expect(pointToOffset(t2mark, 0, root, "start")).toBe(body.indexOf("we will"));
    expect(pointToOffset(t2b, 1, root, "end")).toBe(body.indexOf(" today"));
  });

  it("reads an element point as a count of child nodes", () => {
    expect(pointToOffset(p2, 2, root, "end")).toBe(body.indexOf('" today'));
    expect(pointToOffset(mark, 1, root, "end")).toBe(body.indexOf('" today'));
  });

  it("snaps a point between paragraphs to the paragraph the selection reaches into", () => {
    expect(pointToOffset(root, 1, root, "start")).toBe(12);
    expect(pointToOffset(root, 2, root, "end")).toBe(body.indexOf("\n\nLast"));
  });

  it("gives null for a point outside the article", () => {
    expect(pointToOffset(outside, 2, root, "start")).toBeNull();
  });
});

describe("rangeToSpan", () => {
  it("gives body offsets that slice out exactly the selected text", () => {
    const span = rangeToSpan({ startContainer: t2mark, startOffset: 3, endContainer: t2b, endOffset: 1 }, root)!;
    expect(body.slice(span.start, span.end)).toBe('will win"');
  });

  it("spans paragraphs, with the line breaks between them", () => {
    const span = rangeToSpan({ startContainer: t1, startOffset: 6, endContainer: t2a, endOffset: 2 }, root)!;
    expect(body.slice(span.start, span.end)).toBe("line.\nHe");
  });

  it("handles a mark nested in a mark", () => {
    const nested = el({ "data-item-id": "n" }, inner);
    const para = p(100, text("ab "), el({ "data-item-id": "c" }, text("we "), nested, text(" win")), text(" end"));
    const r = el({}, para);
    expect(rangeToSpan({ startContainer: inner, startOffset: 0, endContainer: inner, endOffset: 4 }, r)).toEqual({ start: 106, end: 110 });
  });

  it("is null for an empty selection, or one starting outside the article", () => {
    expect(rangeToSpan({ startContainer: t1, startOffset: 3, endContainer: t1, endOffset: 3 }, root)).toBeNull();
    expect(rangeToSpan({ startContainer: outside, startOffset: 0, endContainer: t1, endOffset: 3 }, root)).toBeNull();
  });
});
