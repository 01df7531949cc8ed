import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * The real CLI entry point in a child process, so exit codes and stream contents are what a
 * user sees; started as `npm run attest` starts it (the service layer is `server-only`).
 */
export function runAttest(args: string[], env: Record<string, string | undefined> = {}, input?: string) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "cli/attest.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    // Without input stdin is empty and closed, as for `attest … < /dev/null`.
    input: input ?? "",
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const lines = (s: string) => s.split("\n").filter((l) => l !== "");
