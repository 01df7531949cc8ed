// The fault checks' figures as the tables the bench prints (and docs/benchmarks.md keeps).
import type { FaultFigures, LatencyFigures, RestartFigures } from "./summary.ts";

const ms = (n: number | null) => (n === null ? "never" : `${Math.round(n).toLocaleString("en")} ms`);
const counts = (c: Record<string, number>) => Object.entries(c).map(([k, v]) => `${k}×${v}`).join(" ");
const verdict = (pass: boolean) => (pass ? "ok" : "FAILED");

export function renderRestart(r: RestartFigures, acknowledged: number, lost: number, sameServer: boolean): string {
  const rows = [
    ["acknowledged writes lost", `${lost} of ${acknowledged}`, "0", verdict(lost === 0)],
    ["recovered without restarting the app", sameServer && r.recovered ? "yes" : "no", "yes", verdict(sameServer && r.recovered)],
    ["longest request", ms(r.longestMs), "< 10,000 ms", verdict(r.longestMs < 10_000)],
    ["requests, failed", `${r.requests}, ${r.failed}`, "", ""],
    ["statuses", counts(r.statuses), "", ""],
    ...r.faults.map((f: FaultFigures) => [`${f.name}: down, failed, recovery`, `${ms(f.downMs)}, ${f.failed}, ${ms(f.recoveryMs)}`, "", ""]),
  ];
  return table(["check 1: PostgreSQL restart under load", "figure", "goal", ""], rows);
}

export function renderFlood(idle: LatencyFigures, under: LatencyFigures, attempts: number, seconds: number, signInStatuses: Record<string, number>, signInMedian: number): string {
  const rows = [
    ["/api/health, idle: median, p99", `${ms(idle.median)}, ${ms(idle.p99)}`, "", ""],
    ["/api/health under attack: median, p99, max", `${ms(under.median)}, ${ms(under.p99)}, ${ms(under.max)}`, "p99 < 200 ms", verdict(under.p99 < 200)],
    ["/api/health requests under attack", String(under.count), "", ""],
    ["sign-in attempts/s (40 in flight)", (attempts / seconds).toFixed(1), "", ""],
    ["sign-in attempt median", ms(signInMedian), "", ""],
    ["sign-in statuses", counts(signInStatuses), "", ""],
  ];
  return table(["check 2: 40 parallel bad sign-ins", "figure", "goal", ""], rows);
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
