/**
 * What `npm start` says while the first build runs: Next prints nothing for a minute or more
 * while it compiles, and someone trying Attest for the first time should not think it hung.
 */
export const PROGRESS_EVERY_MS = 15_000;

export function buildProgressLine(elapsedMs: number): string {
  const seconds = Math.round(elapsedMs / 1000);
  const took = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
  const hint = seconds < 150 ? "a first build takes a minute or two on two cores" : "still going; a slow disk or a busy machine makes it longer";
  return `attest: still building (${took} so far; ${hint}) …`;
}

/** Prints a progress line every PROGRESS_EVERY_MS until the returned stop() is called. */
export function reportBuildProgress(print: (line: string) => void, now: () => number = Date.now): () => void {
  const started = now();
  const timer = setInterval(() => print(buildProgressLine(now() - started)), PROGRESS_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}
