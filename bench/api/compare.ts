// The check before any timing: both servers must give the same answer to every benchmarked
// request. "The same" is the ids they return, in order (and the next-page cursor): a bare
// server that answered fewer or other rows would be fast for the wrong reason.
// Other differences in the JSON are reported too, as a warning.

/** Every `id` in the answer, depth first in document order, and every `nextCursor`. */
export function answerIds(body: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if ((k === "id" || k === "nextCursor") && (typeof x === "string" || x === null)) out.push(`${k}=${x}`);
        else walk(x);
      }
    }
  };
  walk(body);
  return out;
}

/** Paths where two JSON values differ (at most `max` of them), e.g. `items[3].speaker.name`. */
export function differences(a: unknown, b: unknown, max = 5, path = ""): string[] {
  if (Object.is(a, b)) return [];
  const bothObjects = a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) return [`${path || "(root)"}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`];
  const out: string[] = [];
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const k of keys) {
    const sub = Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
    out.push(...differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], max - out.length, sub));
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}

export interface Answer {
  status: number;
  body: unknown;
}

/** Null when the answers agree on status and ids; else what differs, for a loud failure. */
export function compareAnswers(route: string, app: Answer, bare: Answer): string | null {
  if (app.status !== bare.status) return `${route}: the app answered ${app.status}, the bare server ${bare.status}`;
  const a = answerIds(app.body);
  const b = answerIds(bare.body);
  if (a.length === 0) {
    // An answer without rows (the health check) must then be the same answer, member for member.
    const other = differences(app.body, bare.body);
    if (!other.length && app.body && typeof app.body === "object" && !Object.values(app.body).some(Array.isArray)) return null;
    return `${route}: the app's answer has no ids at all (${JSON.stringify(app.body).slice(0, 200)})`;
  }
  const at = a.findIndex((id, i) => id !== b[i]);
  if (at >= 0 || a.length !== b.length) {
    const i = at >= 0 ? at : Math.min(a.length, b.length);
    return `${route}: the answers differ in their ids (app ${a.length}, bare ${b.length}; first difference at #${i}: app ${a[i] ?? "nothing"}, bare ${b[i] ?? "nothing"})`;
  }
  return null;
}
