// Timed HTTP requests for the fault checks: every request is recorded with when it started,
// how long it took and how it ended, and none may wait for ever (a request still open after
// ABANDON_MS is recorded as "hung" and abandoned).
export const ABANDON_MS = 15_000;

export interface Outcome {
  /** "write", "read", "health", "sign-in". */
  kind: string;
  /** ms since the check's start. */
  started: number;
  ms: number;
  /** The HTTP status, or why there was none ("hung", "ECONNRESET", …). */
  status: number | string;
}

export const ok = (o: Outcome) => typeof o.status === "number" && o.status < 400;

/** Runs one request and records it; `read` gets the response when there is one. */
export async function timed<T>(
  kind: string,
  t0: number,
  send: (signal: AbortSignal) => Promise<Response>,
  read: (response: Response) => Promise<T> = async () => undefined as T,
): Promise<{ outcome: Outcome; value?: T }> {
  const started = performance.now();
  const at = started - t0;
  try {
    const response = await send(AbortSignal.timeout(ABANDON_MS));
    const value = await read(response);
    return { outcome: { kind, started: at, ms: performance.now() - started, status: response.status }, value };
  } catch (e) {
    const status = (e as Error).name === "TimeoutError" ? "hung" : String((e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name);
    return { outcome: { kind, started: at, ms: performance.now() - started, status } };
  }
}

/** Keeps `workers` loops of `step` running until `until()` is false. */
export async function keepBusy(workers: number, until: () => boolean, step: (worker: number, n: number) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let n = 0; until(); n++) await step(worker, n);
    }),
  );
}
