// Check 1's load: citations added through the API (each one the app answered 201 is an
// acknowledged write, its id kept) and item lists read, by a few loops each, until stopped.
import { keepBusy, timed, type Outcome } from "./requests.ts";

export interface LoadTarget {
  base: string;
  token: string;
  items: string[];
  t0: number;
}

export interface LoadResult {
  outcomes: Outcome[];
  /** Ids of citations the app acknowledged (201). */
  acknowledged: string[];
}

export function startLoad(target: LoadTarget, writers = 6, readers = 2): { stop(): Promise<LoadResult> } {
  const result: LoadResult = { outcomes: [], acknowledged: [] };
  let running = true;
  const auth = { authorization: `Bearer ${target.token}` };
  const writes = keepBusy(writers, () => running, async (worker, n) => {
    const item = target.items[(worker * 7 + n) % target.items.length]!;
    const body = JSON.stringify({ url: `https://example.org/fault-check/${worker}/${n}`, title: `Fault check ${worker}.${n}`, stance: "supports" });
    const { outcome, value } = await timed(
      "write",
      target.t0,
      (signal) => fetch(`${target.base}/api/items/${item}/citations`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body, signal }),
      async (r) => (r.status === 201 ? ((await r.json()) as { citation: { id: string } }).citation.id : void (await r.arrayBuffer())),
    );
    result.outcomes.push(outcome);
    if (value) result.acknowledged.push(value);
  });
  const reads = keepBusy(readers, () => running, async () => {
    const { outcome } = await timed("read", target.t0, (signal) => fetch(`${target.base}/api/items?limit=20`, { headers: auth, signal }), (r) => r.arrayBuffer());
    result.outcomes.push(outcome);
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all([writes, reads]);
      return result;
    },
  };
}
