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
  /** A session cookie to send instead of the token. */
  cookie?: string;
  /** For the verdict POST: the items this server's connections write to, and their current versions. */
  verdict?: { items: string[]; versions: Map<string, number> };
}

/** One round; `cpuMs` is the server's CPU time so far (bench/api/rss.ts), read before and after. */
export async function runRound(t: Target, cpuMs: () => number = () => NaN): Promise<Round> {
  const headers: Record<string, string> = t.cookie ? { cookie: t.cookie } : { authorization: `Bearer ${t.token}` };
  const options: autocannon.Options = { url: t.base, connections: t.connections, duration: t.seconds, pipelining: 1, timeout: 30, headers };
  if (t.verdict) options.requests = [verdictRequest(t.verdict, headers)];
  else options.requests = [{ method: t.method, path: t.path }];
  const before = cpuMs();
  const r = await autocannon(options);
  const used = cpuMs() - before;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts, cpuMs: used / Math.max(1, r.requests.total) };
}

/**
 * Each request takes an item no other request is writing to (autocannon resets a
 * connection's context after every request, so the item is checked out of a shared pool and
 * given back with the version its answer gave), and alternates that item's verdict between
 * verified and disputed (both need the item's citation, so every request runs the whole of
 * setVerdict): every request writes, and none waits for another's row lock or gets a 409.
 */
function verdictRequest(v: NonNullable<Target["verdict"]>, headers: Record<string, string>): autocannon.Request {
  const free = [...v.items];
  const verified = new Set<string>();
  return {
    method: "POST",
    setupRequest(req, context) {
      const id = free.shift() ?? v.items[0]!;
      context.item = id;
      const status = verified.has(id) ? "disputed" : "verified";
      return {
        ...req,
        path: `/api/items/${id}/verdict`,
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ status, version: v.versions.get(id) ?? 1 }),
      };
    },
    onResponse(status, body, context) {
      const id = context.item as string;
      if (status === 409) {
        // A save of the previous round that landed after the versions were read: take the current one.
        const current = (JSON.parse(body) as { error?: { current?: { version?: number } } }).error?.current?.version;
        if (current) v.versions.set(id, current);
      }
      if (status === 200) {
        const item = (JSON.parse(body) as { item: { version: number; status: string } }).item;
        v.versions.set(id, item.version);
        if (item.status === "verified") verified.add(id);
        else verified.delete(id);
      }
      free.push(id);
    },
  };
}
