// `npm run bench:faults`: issue 10's fault checks against the production build (`npm run
// build` first), on a PostgreSQL cluster of its own (bench/faults/cluster.ts; never the
// machine's shared server, which it must not restart).
// 1. PostgreSQL restart under load: citations written and items read through the API while
//    PostgreSQL is restarted (-m fast), then stopped for 5 s and started. Every write the app
//    acknowledged must be in the database after, the app must recover without a restart, and
//    no request may take 10 s or more.
// 2. Sign-in under attack: 40 sign-ins with unknown emails in flight for 15 s while
//    /api/health is timed one request after another: its p99 should stay under 200 ms.
import { cpus, loadavg } from "node:os";
import postgres from "postgres";
import { openDatabase } from "@/db/client.ts";
import { seedDemo } from "@/seeds/seed.ts";
import { OPERATOR } from "@/server/actor.ts";
import { createToken } from "@/server/tokens/create-token.ts";
import { freePort, hasProductionBuild, startApp, type Server } from "./api/servers.ts";
import { createCluster, type Cluster } from "./faults/cluster.ts";
import { startLoad } from "./faults/restart-load.ts";
import { signInFlood, timeHealth } from "./faults/sign-in-flood.ts";
import { latency, restartFigures, statuses, type Fault } from "./faults/summary.ts";
import { renderFlood, renderRestart } from "./faults/table.ts";

const root = process.cwd();
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const say = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isRunning = (pid: number) => {
  try {
    return process.kill(pid, 0);
  } catch {
    return false;
  }
};
if (process.argv.includes("--help") || (only && !["restart", "sign-in"].includes(only))) {
  process.stdout.write("usage: npm run bench:faults [-- --only restart|sign-in]\n");
  process.exit(only ? 2 : 0);
}
if (!hasProductionBuild(root)) {
  say("bench:faults: there is no production build in .next: run `npm run build` first.");
  process.exit(1);
}

// The app's log during an outage is one line per failed request: counted, not shown.
const appLog = { outageLines: 0, other: [] as string[] };
const log = (chunk: string) => {
  for (const line of chunk.replace(/^app: /, "").split("\n")) {
    if (/attest: database (unavailable|timed out)/.test(line)) appLog.outageLines++;
    else if (appLog.other.push(line) <= 20) say(`app: ${line}`);
  }
};

let cluster: Cluster | undefined;
let app: Server | undefined;
try {
  // The load average goes with the figures: on a shared machine it explains check 2's.
  const machine = () => `${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`;
  process.stdout.write(`bench:faults, node ${process.version}, ${new Date().toISOString()}, ${machine()}\n`);
  cluster = await createCluster(await freePort());
  const url = `${cluster.server}/attest_faults`;
  const admin = postgres(`${cluster.server}/postgres`, { max: 1, onnotice: () => {} });
  await admin`create database attest_faults`;
  await admin.end();

  const database = await openDatabase({ url });
  await seedDemo(database.db);
  const { token } = await createToken(database.db, OPERATOR, { email: "reviewer@attest.local", name: "faults", scope: "read-write" });
  await database.close();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const items = (await sql<{ id: string }[]>`select id from items where removed_at is null order by id limit 20`).map((r) => r.id);

  app = await startApp(root, url, log);
  say(`app (next start, pid ${app.pid}) on ${app.base}, PostgreSQL on ${cluster.server}`);

  if (only !== "sign-in") {
    say("check 1: load for 5 s, pg_ctl restart -m fast, 5 s, pg_ctl stop -m fast, 5 s down, pg_ctl start, 8 s");
    const t0 = performance.now();
    const now = () => performance.now() - t0;
    const load = startLoad({ base: app.base, token, items, t0 });
    const faults: Fault[] = [];
    await sleep(5000);
    let began = now();
    await cluster.restart();
    faults.push({ name: "restart -m fast", began, back: now() });
    await sleep(5000);
    began = now();
    await cluster.stop();
    await sleep(5000);
    await cluster.start();
    faults.push({ name: "stop, 5 s, start", began, back: now() });
    await sleep(8000);
    const result = await load.stop();

    await sql`select 1`.catch(() => undefined); // its connection was cut by the restart: the next query reconnects
    const found = await sql<{ id: string }[]>`select id from citations where id = any(${result.acknowledged}::uuid[])`;
    const lost = result.acknowledged.length - found.length;
    const sameServer = isRunning(app.pid); // the server it started with, never restarted
    process.stdout.write(`\n${renderRestart(restartFigures(result.outcomes, faults), result.acknowledged.length, lost, sameServer)}\n`);
    process.stdout.write(`app log: ${appLog.outageLines} "database unavailable" lines, ${appLog.other.length} other lines\n`);
  }
  await sql.end();

  if (only !== "restart") {
    say("check 2: /api/health idle for 3 s, then 40 sign-ins with unknown emails in flight for 15 s");
    const t0 = performance.now();
    const idle = latency(await timeHealth(app.base, t0, () => performance.now() - t0 < 3000));
    const flood = await signInFlood(app.base, 40, 15);
    const signIn = latency(flood.signIns);
    process.stdout.write(`\n${renderFlood(idle, latency(flood.health), flood.signIns.length, flood.seconds, statuses(flood.signIns), signIn.median)}\n`);
  }
  process.stdout.write(`at the end: ${machine()}\n`);
} finally {
  await app?.stop();
  cluster?.destroy();
}
