// The document page with ~500 items, in Chromium, against the production build (`npm run build`
// first): how many bytes it sends against what it shows (the article and its items as JSON), how
// soon after navigation a click on an item gets its answer, and how long one j step and one click
// in the list take once it is interactive. The data is made here, in a throwaway PGlite folder:
// the demo accounts, 5,000 people (an archive's speakers), and one long article made of the repo's
// own fixtures (test/fixtures/eval), imported through the service layer. `--baseline DIR` measures
// another checkout's build (e.g. an export of main) on the same data, taking turns with this one.
// usage: npm run bench:page [-- --runs N] [--items N] [--people N] [--baseline DIR] [--save-html FILE] [--quick] [--json]
// (--save-html keeps this checkout's page as sent, to see what its bytes are)
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { UsageError } from "@/cli/cli-error.ts";
import { parseCommandArgs } from "@/cli/parse-command-args.ts";
import { openDatabase } from "@/db/client.ts";
import { people } from "@/db/schema.ts";
import { extract } from "@/lib/extract/index.ts";
import { DEMO_ACCOUNTS } from "@/seeds/demo-accounts.ts";
import { seedDemo } from "@/seeds/seed.ts";
import { OPERATOR } from "@/server/actor.ts";
import { importDocument } from "@/server/documents/import-document.ts";
import { freePort, hasProductionBuild } from "./api/servers.ts";
import { benchFlags } from "./flags.ts";
import { summarize } from "./stats.ts";
import config from "@/playwright.config.ts";

const USAGE = "usage: npm run bench:page [-- --runs N] [--items N] [--people N] [--baseline DIR] [--save-html FILE] [--quick] [--json]";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GOAL_RATIO = 3;
const GOAL_INTERACTIVE_MS = 1000;

const flags = benchFlags("bench", USAGE, () => {
  const { values } = parseCommandArgs(process.argv.slice(2), {
    runs: { type: "string" },
    items: { type: "string", default: "500" },
    people: { type: "string", default: "5000" },
    baseline: { type: "string" },
    "save-html": { type: "string" },
    quick: { type: "boolean" },
    json: { type: "boolean" },
    help: { type: "boolean" },
  });
  const whole = (name: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name}: give a whole number of at least ${min}`);
    return n;
  };
  return {
    runs: whole("runs", values.runs ?? (values.quick ? "2" : "5"), 1),
    items: whole("items", values.items, 1),
    people: whole("people", values.people, 0),
    baseline: values.baseline ? resolve(values.baseline) : undefined,
    saveHtml: values["save-html"] ? resolve(values["save-html"]) : undefined,
    json: !!values.json,
    help: values.help,
  };
});

const log = (line: string) => process.stderr.write(`${line}\n`);

/** One long article from the fixtures, article after article, until the extractor finds `wanted` items. */
function longArticle(wanted: number): { body: string; found: number } {
  const dir = join(ROOT, "test/fixtures/eval");
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && !f.endsWith(".source.txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8").split("\n").slice(1).join("\n").trim());
  const parts: string[] = [];
  for (let i = 0; ; i++) {
    parts.push(bodies[i % bodies.length]!);
    const body = parts.join("\n\n");
    const r = extract(body, { lang: "id" });
    const found = r.quotes.length + r.claims.length;
    if (found >= wanted || Buffer.byteLength(body) > 900_000) return { body, found };
  }
}

const FIRST = ["Adi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kartika", "Lestari", "Maya", "Nanda", "Oki", "Putri", "Rina", "Sari", "Teguh", "Umar", "Wati", "Yusuf", "Zainal", "Anna", "Ben", "Clara", "David", "Emma", "Frank", "Grace", "Henry", "Iris", "Jack", "Kate", "Liam", "Mia", "Noah", "Olivia", "Paul", "Quinn"];
const LAST = ["Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Nugroho", "Kurniawan", "Setiawan", "Susanto", "Rahman", "Halim", "Gunawan", "Lubis", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Tanjung", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Green", "Hall", "Wood", "Clarke", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris"];

/** The throwaway database: accounts, `count` people, and the long article. Its document id and sizes. */
async function makeData(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    await seedDemo(database.db);
    const rows = Array.from({ length: flags.people }, (_, i) => ({
      name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : ""}`,
      aliases: [] as string[],
    }));
    for (let i = 0; i < rows.length; i += 1000) await database.db.insert(people).values(rows.slice(i, i + 1000)).onConflictDoNothing();
    const { body, found } = longArticle(flags.items);
    const result = await importDocument(database.db, OPERATOR, { title: `A long article of ${found} items`, body, language: "id" });
    return { documentId: result.document.id, articleBytes: Buffer.byteLength(body), extracted: found };
  } finally {
    await database.close();
  }
}

interface App {
  base: string;
  stop(): Promise<void>;
}

/** `next start` of `root`'s build on the bench's PGlite folder, as playwright.config.ts starts it. */
async function startApp(root: string, dataDir: string): Promise<App> {
  if (!hasProductionBuild(root)) throw new Error(`${root} has no production build: run \`npm run build\` there first`);
  const port = await freePort();
  const next = join(root, "node_modules/next/dist/bin/next");
  const env = { ...process.env, DATABASE_URL: "", ATTEST_DATA_DIR: dataDir, AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  const child: ChildProcess = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  child.stderr!.on("data", (d: Buffer) => log(`app: ${d.toString().trim()}`));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app in ${root} exited with code ${child.exitCode}`);
    if (Date.now() > until) throw new Error("the app did not answer within 120 s");
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

interface Run {
  htmlBytes: number;
  htmlTransferred: number;
  totalTransferred: number;
  totalDecoded: number;
  requests: number;
  interactiveMs: number;
  loadMs: number;
  stepMs: number;
  clickMs: number;
}

async function signIn(browser: Browser, base: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.role === "editor")!;
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("role").waitFor();
  const state = await context.storageState();
  await context.close();
  return state;
}

type State = Awaited<ReturnType<typeof signIn>>;

const fresh = (browser: Browser, base: string, state: State) => browser.newContext({ baseURL: base, storageState: state, viewport: { width: 1280, height: 800 } });

/** Bytes of one cold load (a fresh context, so no cache), until the network is idle. */
async function measureBytes(context: BrowserContext, url: string, save = false) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const encoded = new Map<string, number>();
  let decoded = 0;
  let documentRequest = "";
  cdp.on("Network.requestWillBeSent", (e) => {
    if (e.type === "Document" && !documentRequest) documentRequest = e.requestId;
  });
  cdp.on("Network.dataReceived", (e) => (decoded += e.dataLength));
  cdp.on("Network.loadingFinished", (e) => encoded.set(e.requestId, e.encodedDataLength));
  const response = await page.goto(url, { waitUntil: "networkidle" });
  const html = await response!.body();
  if (flags.saveHtml && save) writeFileSync(flags.saveHtml, html);
  await page.close();
  return {
    htmlBytes: html.length,
    htmlTransferred: encoded.get(documentRequest) ?? 0,
    totalTransferred: [...encoded.values()].reduce((a, b) => a + b, 0),
    totalDecoded: decoded,
    requests: encoded.size,
  };
}

/**
 * Time to interactive as a reader meets it: from navigation start, click the first item again and
 * again until the list marks it selected; the page's own clock stamps the moment it does. Then,
 * interactive, one "j" and one click on an item halfway down, each until the selection shows and
 * the next frame is drawn.
 */
async function measureTimes(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __selectedAt?: number };
    new MutationObserver((records) => {
      if (w.__selectedAt !== undefined) return;
      if (records.some((r) => (r.target as Element).getAttribute?.("aria-current") === "true" && (r.target as Element).hasAttribute("data-list-item-id"))) {
        w.__selectedAt = performance.now();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["aria-current"] });
  });
  await page.goto(url, { waitUntil: "commit" });
  const first = page.locator("[data-list-item-id]").first();
  for (;;) {
    await first.click({ timeout: 30_000 });
    const done = await page.waitForFunction(() => (window as unknown as { __selectedAt?: number }).__selectedAt !== undefined, null, { timeout: 50 }).then(() => true, () => false);
    if (done) break;
  }
  const interactiveMs = await page.evaluate(() => (window as unknown as { __selectedAt: number }).__selectedAt);
  await page.waitForLoadState("load");
  const loadMs = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventStart);
  // The panel of the first item loads; then a step and a click, each timed inside the page.
  await page.waitForLoadState("networkidle");
  const timeStep = (how: "key" | "click") =>
    page.evaluate((how) => {
      return new Promise<number>((done) => {
        const buttons = [...document.querySelectorAll<HTMLElement>("[data-list-item-id]")];
        const before = document.querySelector("[data-list-item-id][aria-current='true']")?.getAttribute("data-list-item-id");
        const target = how === "click" ? buttons[Math.floor(buttons.length / 2)]! : null;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          const now = document.querySelector("[data-list-item-id][aria-current='true']")?.getAttribute("data-list-item-id");
          if (!now || now === before) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
        });
        observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-current"] });
        if (target) target.click();
        else window.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true }));
      });
    }, how);
  const stepMs = await timeStep("key");
  await page.waitForLoadState("networkidle");
  const clickMs = await timeStep("click");
  await page.close();
  return { interactiveMs, loadMs, stepMs, clickMs };
}

const tmp = mkdtempSync(join(tmpdir(), "attest-bench-page-"));
const dataDir = join(tmp, "pglite");
const variants = [...(flags.baseline ? [{ name: "baseline", root: flags.baseline }] : []), { name: "this checkout", root: ROOT }];
const results = new Map<string, Run[]>(variants.map((v) => [v.name, []]));
const launch = config.use?.launchOptions ?? {};
let itemsJsonBytes = 0;
let data: Awaited<ReturnType<typeof makeData>>;

try {
  log(`making the data (${flags.people} people, an article of ≥ ${flags.items} items)…`);
  data = await makeData(dataDir);
  const browser = await chromium.launch({ ...launch, executablePath: launch.executablePath ?? "/usr/bin/chromium" });
  // Each variant serves its own copy of the data (PGlite is one process a folder), all at once,
  // and the variants take turns within a run, so a noisy minute on the shared machine falls on each alike.
  const apps: { v: (typeof variants)[number]; app: App; url: string; state: State }[] = [];
  try {
    for (const [i, v] of variants.entries()) {
      const copy = join(tmp, `pglite-${i}`);
      cpSync(dataDir, copy, { recursive: true });
      log(`${v.name}: starting ${v.root}…`);
      const app = await startApp(v.root, copy);
      apps.push({ v, app, url: `${app.base}/documents/${data.documentId}`, state: await signIn(browser, app.base) });
    }
    for (const { app, url, state } of apps) {
      // What the page shows, as the API gives it: the article and every item (with its text).
      const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const api = (await (await fetch(`${app.base}/api/documents/${data.documentId}`, { headers: { cookie } })).json()) as { items: unknown[] };
      itemsJsonBytes = Buffer.byteLength(JSON.stringify(api.items));
      // One untimed load each: warms the server's caches and the browser's compiled code alike.
      const warm = await fresh(browser, app.base, state);
      await measureBytes(warm, url);
      await warm.close();
    }
    for (let run = 1; run <= flags.runs; run++) {
      for (const { v, app, url, state } of apps) {
        log(`${v.name}: run ${run}/${flags.runs}…`);
        const a = await fresh(browser, app.base, state);
        const bytes = await measureBytes(a, url, v.root === ROOT);
        await a.close();
        const b = await fresh(browser, app.base, state);
        const times = await measureTimes(b, url);
        await b.close();
        results.get(v.name)!.push({ ...bytes, ...times });
      }
    }
  } finally {
    for (const { app } of apps) await app.stop();
    await browser.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const shown = data!.articleBytes + itemsJsonBytes;
const median = (runs: Run[], key: keyof Run) => summarize(runs.map((r) => r[key])).median;
const report = variants.map((v) => {
  const runs = results.get(v.name)!;
  const m = (key: keyof Run) => median(runs, key);
  return {
    variant: v.name,
    root: v.root,
    htmlBytes: m("htmlBytes"),
    htmlRatio: m("htmlBytes") / shown,
    htmlTransferred: m("htmlTransferred"),
    totalTransferred: m("totalTransferred"),
    totalDecoded: m("totalDecoded"),
    decodedRatio: m("totalDecoded") / shown,
    requests: m("requests"),
    interactiveMs: m("interactiveMs"),
    loadMs: m("loadMs"),
    stepMs: m("stepMs"),
    clickMs: m("clickMs"),
  };
});

if (flags.json) {
  process.stdout.write(`${JSON.stringify({ runs: flags.runs, items: data!.extracted, people: flags.people, articleBytes: data!.articleBytes, itemsJsonBytes, variants: report }, null, 2)}\n`);
} else {
  const kb = (b: number) => `${(b / 1000).toFixed(0)} kB`;
  const ms = (t: number) => `${t.toFixed(0)} ms`;
  const out = [
    `document page, ${data!.extracted} items, ${flags.people} people; ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end`,
    `medians of ${flags.runs} run${flags.runs > 1 ? "s" : ""}, each in a fresh browser context (cold cache); article ${kb(data!.articleBytes)} + items as JSON ${kb(itemsJsonBytes)} = ${kb(shown)}`,
    "",
    "| | HTML | × (article + items) | HTML gzipped | all transferred | all decoded | × | interactive | load event | j step | click in list |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...report.map(
      (r) =>
        `| ${r.variant} | ${kb(r.htmlBytes)} | ${r.htmlRatio.toFixed(2)} | ${kb(r.htmlTransferred)} | ${kb(r.totalTransferred)} | ${kb(r.totalDecoded)} | ${r.decodedRatio.toFixed(2)} | ${ms(r.interactiveMs)} | ${ms(r.loadMs)} | ${ms(r.stepMs)} | ${ms(r.clickMs)} |`,
    ),
    "",
  ];
  const current = report[report.length - 1]!;
  out.push(
    `goals (this checkout): HTML < ${GOAL_RATIO}× (article + items): ${current.htmlRatio < GOAL_RATIO ? "met" : "NOT met"}; interactive < ${GOAL_INTERACTIVE_MS} ms: ${current.interactiveMs < GOAL_INTERACTIVE_MS ? "met" : "NOT met"}`,
  );
  process.stdout.write(`${out.join("\n")}\n`);
}
