/**
 * The item j (step 1) or k (step -1) moves to, within the items the filters show. `order` is
 * every item in reading order; when the selected item is filtered out, the step goes to the
 * nearest shown item on that side of it, so the reviewer never jumps back to the top.
 */
export function stepSelection(order: readonly string[], shown: ReadonlySet<string>, currentId: string | null, step: 1 | -1): string | null {
  const visible = order.filter((id) => shown.has(id));
  if (visible.length === 0) return currentId;
  const at = currentId ? visible.indexOf(currentId) : -1;
  if (at >= 0) return visible[Math.min(visible.length - 1, Math.max(0, at + step))]!;
  const position = currentId ? order.indexOf(currentId) : -1;
  if (position < 0) return step > 0 ? visible[0]! : visible[visible.length - 1]!;
  if (step > 0) return order.slice(position + 1).find((id) => shown.has(id)) ?? visible[visible.length - 1]!;
  return order.slice(0, position).reverse().find((id) => shown.has(id)) ?? visible[0]!;
}
