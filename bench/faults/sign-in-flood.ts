// Check 2: sign-in attempts with unknown emails through Auth.js's credentials flow, `parallel`
// of them in flight at all times, while /api/health is timed one request after another.
import { randomUUID } from "node:crypto";
import { postCredentials } from "../sign-in.ts";
import { keepBusy, timed, type Outcome } from "./requests.ts";

export interface FloodResult {
  signIns: Outcome[];
  health: Outcome[];
  seconds: number;
}

/** One attempt with an email nobody has. */
function attempt(base: string, signal: AbortSignal): Promise<Response> {
  return postCredentials(base, `nobody-${randomUUID()}@example.org`, "not-the-password-1", signal);
}

export async function timeHealth(base: string, t0: number, until: () => boolean): Promise<Outcome[]> {
  const out: Outcome[] = [];
  while (until()) out.push((await timed("health", t0, (signal) => fetch(`${base}/api/health`, { signal }), (r) => r.arrayBuffer())).outcome);
  return out;
}

export async function signInFlood(base: string, parallel: number, seconds: number): Promise<FloodResult> {
  const t0 = performance.now();
  const until = () => performance.now() - t0 < seconds * 1000;
  const signIns: Outcome[] = [];
  const [health] = await Promise.all([
    timeHealth(base, t0, until),
    keepBusy(parallel, until, async () => {
      signIns.push((await timed("sign-in", t0, (signal) => attempt(base, signal), (r) => r.arrayBuffer())).outcome);
    }),
  ]);
  return { signIns, health, seconds: (performance.now() - t0) / 1000 };
}
