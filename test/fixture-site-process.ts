import { spawn } from "node:child_process";
import { ROOT } from "./run-attest.ts";

/**
 * The fixture site in a process of its own, for tests that block their own event loop while a
 * child works (runAttest is spawnSync): an in-process server could not answer meanwhile.
 */
export async function startFixtureSiteProcess(): Promise<{ origin: string; port: number; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/fixture-site-main.ts"], { cwd: ROOT, env: { ...process.env, FIXTURE_PORT: "0" }, stdio: ["ignore", "pipe", "inherit"] });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /fixture site on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on("exit", (code) => reject(new Error(`the fixture site exited with ${code}`)));
  });
  return { origin, port: Number(new URL(origin).port), stop: () => child.kill() };
}
