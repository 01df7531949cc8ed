/**
 * `tsx scripts/ci-summary.ts LABEL FILE`: prints a test run's plain closing line,
 * "LABEL: N passed, N failed", from a vitest or Playwright JSON report.
 */
import { readFileSync } from "node:fs";

const [label, file] = process.argv.slice(2);
const report = JSON.parse(readFileSync(file!, "utf8"));
let passed: number;
let failed: number;
let skipped: number;
if (typeof report.numPassedTests === "number") {
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  skipped = report.numPendingTests + report.numTodoTests;
} else {
  passed = report.stats.expected + report.stats.flaky;
  failed = report.stats.unexpected;
  skipped = report.stats.skipped;
}
console.log(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
