// `npm run bench:memory`: where the app server's memory goes (issue 9: "app server RSS under
// load: measured and explained"). Next's production server runs in a child process of this
// script on the bench database of `npm run bench:api` (made first by that bench), and V8's own
// figures are read beside the RSS: when it is ready, after one request per route, under 20 s
// of load on the item list, and after a full garbage collection once the load stops.
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import postgres from "postgres";
import { databaseUrl } from "./api/generate.ts";
import { runRound } from "./api/load.ts";
import { freePort, hasProductionBuild } from "./api/servers.ts";
import { UsageError } from "@/cli/cli-error.ts";
import { benchFlags } from "./flags.ts";

interface Figures {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  spaces: Record<string, { used: number; size: number }>;
}

const USAGE = "usage: npm run bench:memory [-- --quick]   (--quick: 5 s of load instead of 20)";
const flags = benchFlags("bench:memory", USAGE, () => {
  const args = process.argv.slice(2);
  const unknown = args.find((a) => !["--quick", "--help"].includes(a));
  if (unknown) throw new UsageError(`unknown argument ${unknown}`);
  return { quick: args.includes("--quick"), help: args.includes("--help") };
});
const root = process.cwd();
if (!hasProductionBuild(root)) {
  console.error("bench:memory: there is no production build in .next: run `npm run build` first.");
  process.exit(1);
}
const url = databaseUrl(process.env.ATTEST_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432", "attest_bench");
const sql = postgres(url, { max: 1, onnotice: () => {} });
const [row] = await sql<{ info: { token: string; itemId: string; documentId: string } }[]>`select info from bench_generation limit 1`.catch(() => []);
await sql.end();
if (!row) {
  console.error("bench:memory: the bench database attest_bench is missing: run `npm run bench:api` once to make it.");
  process.exit(1);
}
const { token, itemId, documentId } = row.info;

const port = await freePort();
const child = fork(path.join(root, "bench/memory/next-in-process.mjs"), [], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  execArgv: ["--expose-gc"],
  stdio: ["ignore", "ignore", "inherit", "ipc"],
});
const next = <T>(test: (m: Record<string, unknown>) => T | undefined) =>
  new Promise<T>((resolve) => {
    const on = (m: Record<string, unknown>) => {
      const v = test(m);
      if (v !== undefined) {
        child.off("message", on);
        resolve(v);
      }
    };
    child.on("message", on);
  });
await next((m) => (m.ready ? true : undefined));
const read = async (gc = false) => {
  const answer = next((m) => m.figures as Figures | undefined);
  child.send(gc ? "gc" : "read");
  return answer;
};

const base = `http://127.0.0.1:${port}`;
const get = (p: string) => fetch(`${base}${p}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.arrayBuffer());
const rows: [string, Figures][] = [["ready, nothing asked yet", await read()]];
for (const p of ["/api/items?limit=50", `/api/items/${itemId}`, `/api/items?limit=50&documentId=${documentId}`, "/api/documents", "/sign-in"]) await get(p);
rows.push(["one request on each route", await read()]);
rows.push(["the same, after a full GC", await read(true)]);
const seconds = flags.quick ? 5 : 20;
const peaks: Figures[] = [];
const sampler = setInterval(() => void read().then((f) => peaks.push(f)), 1000);
await runRound({ base, token, method: "GET", path: "/api/items?limit=50", connections: 16, seconds });
clearInterval(sampler);
rows.push([`under load (${seconds} s, -c16 on /api/items), the highest RSS seen`, peaks.sort((a, b) => b.rss - a.rss)[0]!]);
rows.push(["after the load and a full GC", await read(true)]);
child.kill();

const mb = (n: number) => (n / 1e6).toFixed(0).padStart(5);
const space = (f: Figures, name: string) => `${mb(f.spaces[name]?.used ?? 0)}/${mb(f.spaces[name]?.size ?? 0).trim()}`;
console.log(`bench:memory on ${new Date().toISOString().slice(0, 10)}: MB (10^6 bytes); "used/size" for V8's heap spaces`);
console.log("when                                                          rss  heap used  heap total  external  new space  old space  large objects  code");
for (const [when, f] of rows) {
  console.log(
    `${when.padEnd(60)} ${mb(f.rss)}  ${mb(f.heapUsed).padStart(9)}  ${mb(f.heapTotal).padStart(10)}  ${mb(f.external).padStart(8)}  ${space(f, "new_space").padStart(9)}  ${space(f, "old_space").padStart(9)}  ${space(f, "large_object_space").padStart(13)}  ${space(f, "code_space")}`,
  );
}
