// One round of load on one server: autocannon for a fixed time with N connections, one
// request at a time per connection (no pipelining, as a browser or script would send them).
import autocannon from "autocannon";
import type { Round } from "./table.ts";

export interface Target {
  base: string;
  token: string;
  method: "GET" | "POST";
  path: string;
  connections: number;
  seconds: number;
  /** For the verdict POST: the items this server's connections write to, and their current versions. */
  verdict?: { items: string[]; versions: Map<string, number> };
}

export async function runRound(t: Target): Promise<Round> {
  const headers = { authorization: `Bearer ${t.token}` };
  const options: autocannon.Options = { url: t.base, connections: t.connections, duration: t.seconds, pipelining: 1, timeout: 30, headers };
  if (t.verdict) options.requests = [verdictRequest(t.verdict, headers)];
  else options.requests = [{ method: t.method, path: t.path }];
  const r = await autocannon(options);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts };
}

let assigned = 0;

/**
 * Each connection takes an item of its own the first time it sends, then alternates its
 * verdict between verified and disputed (both need the item's citation, so every request runs
 * the whole of setVerdict) against the version the previous answer gave: every request writes.
 */
function verdictRequest(v: NonNullable<Target["verdict"]>, headers: Record<string, string>): autocannon.Request {
  return {
    method: "POST",
    setupRequest(req, context) {
      context.item ??= v.items[assigned++ % v.items.length];
      const id = context.item as string;
      context.flip = !context.flip;
      return {
        ...req,
        path: `/api/items/${id}/verdict`,
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ status: context.flip ? "verified" : "disputed", version: v.versions.get(id) ?? 1 }),
      };
    },
    onResponse(status, body, context) {
      if (status === 200) v.versions.set(context.item as string, (JSON.parse(body) as { item: { version: number } }).item.version);
    },
  };
}
