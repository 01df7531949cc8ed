/**
 * Turning a text selection in the rendered article into offsets in the stored body. Each
 * paragraph element carries the body offset it starts at (BODY_START_ATTR); inside it, the
 * text nodes hold the body's characters exactly, split by the <mark> elements around spans.
 * Written against the few DOM members it reads, so it is tested without a browser.
 */
export const BODY_START_ATTR = "data-body-start";

const TEXT_NODE = 3;

/** The parts of a DOM Node (and Element) this module reads. */
export interface TextTreeNode {
  nodeType: number;
  parentNode: TextTreeNode | null;
  childNodes: ArrayLike<TextTreeNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

/** The parts of a DOM Range this module reads. */
export interface RangeLike {
  startContainer: TextTreeNode;
  startOffset: number;
  endContainer: TextTreeNode;
  endOffset: number;
}

/**
 * The body span a range covers, or null when it does not lie within `root` (the element
 * holding the paragraphs) or covers no characters.
 */
export function rangeToSpan(range: RangeLike, root: TextTreeNode): { start: number; end: number } | null {
  const start = pointToOffset(range.startContainer, range.startOffset, root, "start");
  const end = pointToOffset(range.endContainer, range.endOffset, root, "end");
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * The body offset of a DOM point (a node and an offset into it, as Range and Selection give
 * them). A point between paragraphs, on `root` itself, snaps to the nearest paragraph on the
 * side the selection extends into; a point outside `root` is null.
 */
export function pointToOffset(node: TextTreeNode, offset: number, root: TextTreeNode, edge: "start" | "end"): number | null {
  if (node === root) return betweenParagraphs(root, offset, edge);
  let paragraph: TextTreeNode | null = null;
  for (let n: TextTreeNode | null = node; n && n !== root; n = n.parentNode) {
    if (paragraphStart(n) !== null) paragraph = n;
    if (n.parentNode === root) return paragraph ? paragraphStart(paragraph)! + textBefore(paragraph, node, offset) : null;
  }
  return null;
}

function betweenParagraphs(root: TextTreeNode, offset: number, edge: "start" | "end"): number | null {
  const children = Array.from(root.childNodes);
  if (edge === "start") {
    for (const child of children.slice(offset)) {
      const start = paragraphStart(child);
      if (start !== null) return start;
    }
  } else {
    for (const child of children.slice(0, offset).reverse()) {
      const start = paragraphStart(child);
      if (start !== null) return start + (child.textContent ?? "").length;
    }
  }
  return null;
}

/** Characters of text inside `paragraph` before the point (node, offset). */
function textBefore(paragraph: TextTreeNode, node: TextTreeNode, offset: number): number {
  // For a text node the offset counts characters; for an element it counts child nodes.
  const into =
    node.nodeType === TEXT_NODE
      ? Math.min(offset, (node.textContent ?? "").length)
      : Array.from(node.childNodes)
          .slice(0, offset)
          .reduce((n, child) => n + (child.textContent ?? "").length, 0);
  let count = 0;
  let found = false;
  const walk = (n: TextTreeNode) => {
    if (found) return;
    if (n === node) {
      found = true;
      return;
    }
    if (n.nodeType === TEXT_NODE) count += (n.textContent ?? "").length;
    else for (const child of Array.from(n.childNodes)) walk(child);
  };
  walk(paragraph);
  return count + into;
}

function paragraphStart(node: TextTreeNode): number | null {
  const value = node.getAttribute?.(BODY_START_ATTR);
  if (value == null || !/^\d+$/.test(value)) return null;
  return Number(value);
}
