/**
 * `npm start`: builds when the build is missing or older than the code, then serves Attest
 * on http://localhost:3000 (PORT and HOST change that). Without DATABASE_URL the app uses
 * the embedded database in .data/ and keeps its own AUTH_SECRET there.
 * `npm run dev` does the same set-up for `next dev`.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { lockHolder } from "@/db/lock.ts";
import { reportBuildProgress } from "./build-progress.ts";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
/** What the build is made from: any of it newer than the build means building again. */
const SOURCES = ["app", "components", "lib", "server", "db", "seeds", "types", "public"];
const FILES = ["instrumentation.ts", "instrumentation-client.ts", "auth-handlers.ts", "proxy.ts", "next.config.ts", "package.json", "package-lock.json", "tsconfig.json", "postcss.config.mjs"];

function fail(message: string): never {
  console.error(`attest: ${message}`);
  process.exit(1);
}

if (!env.AUTH_SECRET) {
  if (env.DATABASE_URL && !dev) {
    fail("AUTH_SECRET is not set. A server on PostgreSQL needs a fixed secret for its sessions: set AUTH_SECRET to a long random string (for example the output of `openssl rand -base64 32`).");
  }
  env.AUTH_SECRET = localSecret();
}

if (!env.DATABASE_URL) {
  const pid = lockHolder(`${env.ATTEST_DATA_DIR ?? path.join(root, ".data/pglite")}.lock`);
  if (pid !== null && pid !== process.pid) fail(`the embedded database is already in use by process ${pid}: is Attest already running?`);
}

if (!dev && needsBuild()) {
  console.log("attest: building the app (first start, or the code changed); the server starts when it is done …");
  const stop = reportBuildProgress((line) => console.log(line));
  const status = await new Promise<number | null>((resolve) => spawn(process.execPath, [next, "build"], { stdio: "inherit", env }).on("exit", resolve));
  stop();
  if (status !== 0) fail("the build failed; see the messages above.");
  console.log("attest: build done.");
}

const port = env.PORT ?? "3000";
const host = env.HOST ?? "localhost";
const server = spawn(process.execPath, [next, dev ? "dev" : "start", "-p", port, "-H", host], { stdio: "inherit", env });
const where = env.DATABASE_URL ? "PostgreSQL" : `the embedded database (${path.relative(root, env.ATTEST_DATA_DIR ?? ".data/pglite") || "."})`;
console.log(`attest: serving http://${host}:${port} on ${where}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

/** The embedded set-up's session secret, made once and kept beside its database. */
function localSecret(): string {
  const file = path.join(root, ".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function needsBuild(): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const newer = (p: string): boolean => {
    if (!existsSync(p)) return false;
    const s = statSync(p);
    if (s.isDirectory()) return readdirSync(p).some((f) => newer(path.join(p, f)));
    return s.mtimeMs > built;
  };
  return [...SOURCES, ...FILES].some((p) => newer(path.join(root, p)));
}
