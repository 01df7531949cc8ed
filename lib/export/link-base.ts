import { itemHash } from "../items/item-hash.ts";

/**
 * Where the links in an export point: the configured public address when there is one, else
 * the address this very request came to, the way the browser reached the app (through a TLS
 * proxy, from the X-Forwarded-Proto and X-Forwarded-Host it sets, as Auth.js reads them).
 * So a server on port 3100, or behind a proxy, never hands out links to localhost:3000.
 */
export function linkBase(configured: string | undefined, request: { url: string; headers: Headers }): string {
  if (configured?.trim()) return configured.trim().replace(/\/+$/, "");
  const own = new URL(request.url);
  const proto = firstValue(request.headers.get("x-forwarded-proto"));
  const host = firstValue(request.headers.get("x-forwarded-host"));
  const scheme = proto === "https" || proto === "http" ? proto : own.protocol.slice(0, -1);
  // A host header that is no host name (with an optional port) is not used to build links.
  return `${scheme}://${host && HOST.test(host) ? host : own.host}`;
}

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function firstValue(header: string | null): string | null {
  const value = header?.split(",")[0]?.trim().toLowerCase();
  return value || null;
}

/** An item's own address under `base`, as the document page's links spell it. */
export function itemLink(base: string, documentId: string, itemId: string): string {
  return `${base}/documents/${documentId}${itemHash(itemId)}`;
}
