// The benchmarked routes. The list route and its cheap filters run with 16 connections for
// 10 s a round, as the issue measured them; routes that take seconds a request get fewer
// connections and shorter rounds, so the whole bench ends in about fifteen minutes.
import type { BenchInfo } from "./generate.ts";

export interface Route {
  /** What --only matches and the table shows. */
  name: string;
  method: "GET" | "POST";
  path: string;
  connections: number;
  seconds: number;
  /** A GET /api/items route, whose SQL is explained. */
  list: boolean;
  /**
   * The app is sent a signed-in browser's session cookie instead of the token (the bare
   * server, which has no sessions, still the token): the row beside the token's own shows
   * what the session check costs.
   */
  session?: boolean;
}

export const ROUNDS = 3;
export const QUICK = { rounds: 1, seconds: 3 } as const;

/** Every route, for this database's real names and ids; `secondPage` is the cursor the first page gave. */
export function benchRoutes(info: BenchInfo, secondPage: string): Route[] {
  const fast = { connections: 16, seconds: 10 };
  const slow = { connections: 4, seconds: 10 };
  const items = (name: string, query: string, load = fast): Route => ({ name, method: "GET", path: `/api/items?${query}`, ...load, list: true });
  return [
    items("items", "limit=50"),
    items("items type=claim", "limit=50&type=claim"),
    items("items kind=direct", "limit=50&kind=direct"),
    items("items status=verified", "limit=50&status=verified"),
    items("items speaker=name", `limit=50&speaker=${encodeURIComponent(info.speakerName)}`, slow),
    items("items speaker=id", `limit=50&speaker=${info.speakerId}`),
    items("items q=rare", `limit=50&q=${encodeURIComponent(info.rareWord)}`, slow),
    items("items q=uncommon", `limit=50&q=${encodeURIComponent(info.uncommonWord)}`, slow),
    items("items documentId", `limit=50&documentId=${info.documentId}`),
    items("items cursor", `limit=50&cursor=${encodeURIComponent(secondPage)}`),
    { name: "documents", method: "GET", path: "/api/documents", ...slow, list: false },
    // What an answer costs with almost nothing behind it (`select 1`, no token check): the
    // framework's own share of every request, for reading the other rows against.
    { name: "health (floor)", method: "GET", path: "/api/health", ...fast, list: false },
    { name: "one item", method: "GET", path: `/api/items/${info.itemId}`, ...fast, list: false },
    { name: "one item (session)", method: "GET", path: `/api/items/${info.itemId}`, ...fast, list: false, session: true },
    // Each connection writes to an item of its own (see load.ts), so no save waits for another's lock.
    { name: "verdict", method: "POST", path: "/api/items/:id/verdict", connections: 8, seconds: 10, list: false },
  ];
}
