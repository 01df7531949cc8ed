// Starting and stopping the two servers. The app runs as `next start` from the existing
// production build (the bench builds nothing of the app); the bare server is bundled with
// esbuild into node_modules/.cache and run with plain node, so its memory is node's and
// postgres.js's alone, without a TypeScript loader.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";

const ABORTED = /Error: aborted|^\s+at |code: 'ECONNRESET'|^\s*}\s*$/;

export interface Server {
  name: string;
  base: string;
  pid: number;
  stop(): Promise<void>;
}

/** A port nobody listens on now, from the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export const hasProductionBuild = (root: string) => existsSync(path.join(root, ".next/BUILD_ID"));

async function waitFor(url: string, child: ChildProcess, name: string, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it answered`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${name} did not answer ${url} within ${ms / 1000} s`);
}

function started(name: string, child: ChildProcess, base: string): Server {
  return {
    name,
    base,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

function spawnLogged(name: string, args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): ChildProcess {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  // Only errors are shown: the servers' start-up lines would interleave with the figures.
  // A POST cut off when a round ends makes both servers log "Error: aborted" and its stack: not news.
  child.stderr!.on("data", (d: Buffer) => {
    const lines = d.toString().split("\n").filter((l) => l.trim() && !ABORTED.test(l));
    if (lines.length) log(`${name}: ${lines.join("\n")}`);
  });
  child.stdout!.resume();
  return child;
}

/** `next start` on a free port, on the bench database, with a throwaway AUTH_SECRET. */
export async function startApp(root: string, databaseUrl: string, log: (line: string) => void): Promise<Server> {
  const port = await freePort();
  const next = createRequire(path.join(root, "package.json")).resolve("next/dist/bin/next");
  const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  const child = spawnLogged("app", [next, "start", "-p", String(port), "-H", "127.0.0.1"], env, log);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, child, "the app");
  return started("app", child, base);
}

/** The bare server, bundled (its own code only; postgres.js stays a package) and run with node. */
export async function startBare(root: string, databaseUrl: string, log: (line: string) => void): Promise<Server> {
  const outDir = path.join(root, "node_modules/.cache/attest-bench");
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, "bare-server.mjs");
  await build({ entryPoints: [path.join(root, "bench/api/bare-server.ts")], outfile, bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "error" });
  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" as const };
  const child = spawnLogged("bare", [outfile], env, log);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/`, child, "the bare server");
  return started("bare", child, base);
}
