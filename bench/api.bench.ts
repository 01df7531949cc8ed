// `npm run bench:api`: the app against a bare node:http + postgres.js server running the same
// SQL, on a PostgreSQL database of 1M items (issue 9). It makes the bench database when it is
// missing (bench/api/generate.ts), starts both servers, checks that the bare server's SQL is
// the app's and that both give the same answers, warms them, then times every route on both
// in turns (a round on one, a round on the other, order swapped every round), and prints
// req/s, p50 and p99 medians, the app/bare ratio, RSS under load and the list queries' plans.
// It needs a production build (`npm run build`) and PostgreSQL (ATTEST_BENCH_PG, default
// postgres://postgres@127.0.0.1:5432, trust auth); it uses only its own database, attest_bench.
import { cpus } from "node:os";
import { execSync } from "node:child_process";
import postgres from "postgres";
import { parseBenchArgs, USAGE, wanted, type BenchFlags } from "./api/args.ts";
import { benchFlags } from "./flags.ts";
import { compareAnswers, differences } from "./api/compare.ts";
import { BENCH_REVIEWER, databaseUrl, ensureBenchDatabase, VERDICT_ITEMS } from "./api/generate.ts";
import { runRound, type Target } from "./api/load.ts";
import { benchRoutes, QUICK, ROUNDS, type Route } from "./api/routes.ts";
import { sampleRss, treeCpuMs } from "./api/rss.ts";
import { hasProductionBuild, startApp, startBare, type Server } from "./api/servers.ts";
import { checkSqlParity } from "./api/sql-parity.ts";
import { listItemsStatement, listDocumentsStatement, speakersNamedStatement } from "./api/app-sql.ts";
import { parseItemsQuery } from "./api/bare-routes.ts";
import { renderMemory, renderTable, routeResult, type Memory, type Round, type RouteResult } from "./api/table.ts";
import { sessionCookie } from "./sign-in.ts";
import { summarize } from "./stats.ts";

const root = process.cwd();
const log = (line: string) => process.stderr.write(`${line}\n`);
function die(message: string): never {
  process.stderr.write(`bench:api: ${message}\n`);
  process.exit(1);
}

const flags: BenchFlags = benchFlags("bench:api", USAGE, () => parseBenchArgs(process.argv.slice(2)));
if (!hasProductionBuild(root)) die("there is no production build in .next: run `npm run build` first (the bench times the built app and builds nothing itself).");

const server = process.env.ATTEST_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432";
const DATABASE = "attest_bench";
const url = databaseUrl(server, DATABASE);
const t0 = performance.now();
const info = await ensureBenchDatabase({ server, database: DATABASE, fresh: flags.fresh, log });
const sql = postgres(url, { max: 2, onnotice: () => {} });

// Verdict items: the app's connections write to the first half, the bare server's to the
// second, the checks below to the last one.
const half = VERDICT_ITEMS / 2;
const checkItem = info.verdictItems[VERDICT_ITEMS - 1]!;
const versionsOf = async (ids: string[]) =>
  new Map((await sql<{ id: string; version: number }[]>`select id, version from items where id = any(${ids}::uuid[])`).map((r) => [r.id, r.version]));

const servers: Server[] = [];
const stopAll = () => Promise.all(servers.map((s) => s.stop()));
process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));

try {
  log("starting the app (next start) and the bare server");
  const app = await startApp(root, url, log);
  servers.push(app);
  const bare = await startBare(root, url, log);
  servers.push(bare);

  // A browser's session, signed in through Auth.js as the token's owner: the app checks it on every request.
  const cookie = await sessionCookie(app.base, BENCH_REVIEWER.email, BENCH_REVIEWER.password);
  const credentials = (s: Server, r?: Route): Record<string, string> =>
    r?.session && s === app ? { cookie } : { authorization: `Bearer ${info.token}` };
  const get = async (s: Server, path: string, init: RequestInit = {}, r?: Route) => {
    const answer = await fetch(`${s.base}${path}`, { ...init, headers: { ...credentials(s, r), ...(init.headers as Record<string, string>) } });
    return { status: answer.status, body: (await answer.json()) as unknown };
  };
  const first = await get(app, "/api/items?limit=50");
  const secondPage = (first.body as { nextCursor?: string }).nextCursor;
  if (!secondPage) die(`the app's first page of items has no next cursor: ${JSON.stringify(first.body).slice(0, 300)}`);
  const routes = benchRoutes(info, secondPage).filter((r) => wanted(flags, r.name));
  if (!routes.length) die(`no route matches --only ${flags.only?.join(",")}`);

  // 1. The bare server's SQL is the app's, statement for statement.
  log("checking that the bare server runs the app's SQL");
  const parity = await checkSqlParity({
    url,
    token: info.token,
    itemPaths: benchRoutes(info, secondPage).filter((r) => r.list).map((r) => r.path),
    itemId: info.itemId,
    verdictItem: { id: checkItem, version: (await versionsOf([checkItem])).get(checkItem)! },
  });
  if (parity.length) die(`the bare server's SQL is not the app's (update bench/api/app-sql.ts):\n${parity.join("\n")}`);

  // 2. Both give the same answers (the same ids, in order) to every request the bench sends.
  log("checking that both servers give the same answers");
  const warnings: string[] = [];
  for (const r of routes) {
    let a, b;
    if (r.method === "POST") {
      const post = (s: Server, version: number) =>
        get(s, `/api/items/${checkItem}/verdict`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ status: version % 2 ? "verified" : "disputed", version }) });
      a = await post(app, (await versionsOf([checkItem])).get(checkItem)!);
      b = await post(bare, (await versionsOf([checkItem])).get(checkItem)!);
    } else {
      a = await get(app, r.path, {}, r);
      b = await get(bare, r.path, {}, r);
    }
    const problem = compareAnswers(`${r.method} ${r.path}`, a, b);
    if (problem) die(problem);
    // The verdict answers differ in version and time by design; elsewhere any difference is worth a look.
    const other = r.method === "GET" ? differences(a.body, b.body) : [];
    if (other.length) warnings.push(`${r.name}: same ids, other differences: ${other.join("; ")}`);
  }
  for (const w of warnings) log(`warning: ${w}`);

  // 3. The plans of the list queries, as the app runs them.
  const plans: { name: string; plan: string[] }[] = [];
  for (const r of routes.filter((x) => x.list || x.name === "documents")) {
    const f = r.list ? parseItemsQuery(new URL(r.path, "http://x").searchParams) : null;
    // A speaker's name is resolved to ids first, as the app does: the list statement is what to explain.
    if (f && !("body" in f) && f.speakerName) {
      const named = speakersNamedStatement(f.speakerName);
      f.speakerIds = (await sql.unsafe(named.text, named.params as never[]).values()).map((row) => row[0] as string);
    }
    const s = f && !("body" in f) ? listItemsStatement(f) : listDocumentsStatement(20);
    const rows = await sql.unsafe(`explain (analyze, buffers) ${s.text}`, s.params as never[]);
    plans.push({ name: r.name, plan: rows.map((row) => String(row["QUERY PLAN"])) });
  }

  // 4. Warm-up, then the timed rounds, app and bare in turns.
  const rounds = flags.quick ? QUICK.rounds : ROUNDS;
  const seconds = (r: Route) => (flags.quick ? QUICK.seconds : r.seconds);
  const verdictVersions = new Map<string, number>();
  const target = async (s: Server, r: Route, secs: number): Promise<Target> => {
    const t: Target = { base: s.base, token: info.token, method: r.method, path: r.path, connections: r.connections, seconds: secs };
    if (r.session && s === app) t.cookie = cookie;
    if (r.method === "POST") {
      const items = s === app ? info.verdictItems.slice(0, half) : info.verdictItems.slice(half, VERDICT_ITEMS - 1);
      for (const [id, v] of await versionsOf(items)) verdictVersions.set(id, v);
      t.verdict = { items, versions: verdictVersions };
    }
    return t;
  };
  log(`warming up both servers on ${routes.length} routes`);
  for (const r of routes) for (const s of [app, bare]) await runRound(await target(s, r, flags.quick ? 1 : 3));

  const rss = new Map<Server, number[]>([
    [app, []],
    [bare, []],
  ]);
  const results: RouteResult[] = [];
  for (const r of routes) {
    const byServer = new Map<Server, Round[]>([
      [app, []],
      [bare, []],
    ]);
    for (let i = 0; i < rounds; i++) {
      for (const s of i % 2 === 0 ? [app, bare] : [bare, app]) {
        log(`${r.name}: round ${i + 1}/${rounds} on ${s.name} (${r.connections} connections, ${seconds(r)} s)`);
        const t = await target(s, r, seconds(r));
        const stop = sampleRss(s.pid);
        byServer.get(s)!.push(await runRound(t, () => treeCpuMs(s.pid)));
        rss.get(s)!.push(...stop());
      }
    }
    results.push(routeResult({ name: r.name, path: r.path, connections: r.connections, seconds: seconds(r) }, byServer.get(app)!, byServer.get(bare)!));
  }
  const mem = (s: Server) => {
    const v = rss.get(s)!;
    return v.length ? { median: summarize(v).median, max: summarize(v).max } : { median: NaN, max: NaN };
  };
  const memory: Memory = { app: mem(app), bare: mem(bare) };

  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { cwd: root }).toString().trim();
  } catch {
    // not a git checkout
  }
  const report = {
    date: new Date().toISOString().slice(0, 10),
    commit,
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    rounds,
    database: { generation: info.generation, generatedSeconds: info.generatedSeconds, speaker: info.speakerName, rareWord: info.rareWord, rareWordItems: info.rareWordItems, uncommonWord: info.uncommonWord, uncommonWordItems: info.uncommonWordItems },
    results,
    memory,
    plans,
    warnings,
    seconds: (performance.now() - t0) / 1000,
  };
  if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    process.stdout.write(
      [
        `node ${report.node} · ${report.cpu} · ${report.cores} cores · commit ${commit} · ${report.date}`,
        `${info.generation}; speaker=${info.speakerName}, q=${info.rareWord} (in ${info.rareWordItems} items) and q=${info.uncommonWord} (in ${info.uncommonWordItems})`,
        `medians over ${rounds} round${rounds > 1 ? "s" : ""} per server, interleaved; latency from autocannon`,
        "",
        renderTable(results),
        "",
        renderMemory(memory),
        "",
        ...plans.flatMap((p) => [`EXPLAIN (ANALYZE, BUFFERS) ${p.name}:`, ...p.plan.map((l) => `  ${l}`), ""]),
        `the bench took ${report.seconds.toFixed(0)} s`,
      ].join("\n") + "\n",
    );
  }
} finally {
  await stopAll();
  await sql.end();
}
