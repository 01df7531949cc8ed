import type { ItemView } from "../views/item-view.ts";

/**
 * An item as the document page sends it to the browser: without its text and document, which
 * the page has already (`text` is always `body.slice(start, end)`). A long article's claims
 * cover most of it, so sending each item's text would send the article a second time.
 */
export type ReaderItem = Omit<ItemView, "text" | "documentId">;

export function toReaderItems(items: readonly ItemView[]): ReaderItem[] {
  return items.map(({ text: _, documentId: __, ...rest }) => rest);
}

/** The items again as the reader's components use them, their text cut from the body. */
export function withText(body: string, documentId: string, items: readonly ReaderItem[]): ItemView[] {
  return items.map((item) => ({ ...item, documentId, text: body.slice(item.start, item.end) }));
}
