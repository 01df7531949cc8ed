/** The URL fragment that opens a document at one item: "#item-<id>". */
export function itemHash(id: string): string {
  return `#item-${id}`;
}

/** The item id in a fragment like "#item-<id>", or null for any other fragment. */
export function itemIdFromHash(hash: string): string | null {
  const m = /^#item-([0-9a-z-]{1,64})$/i.exec(hash);
  return m ? m[1]! : null;
}
