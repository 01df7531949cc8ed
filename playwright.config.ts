import { defineConfig } from "@playwright/test";

// One server, one fresh database per run: an embedded folder of its own, or (with
// E2E_DATABASE_URL) a PostgreSQL database that the command seeds first.
const port = Number(process.env.E2E_PORT ?? 3100);
process.env.E2E_DATA_DIR ??= `.data/e2e-${Date.now()}/pglite`;
const postgresUrl = process.env.E2E_DATABASE_URL;
const next = "node node_modules/next/dist/bin/next";
// The local news site the URL imports fetch from (test/fixture-site.ts): no spec touches the internet.
const fixturePort = Number(process.env.E2E_FIXTURE_PORT ?? 3199);

export default defineConfig({
  testDir: "e2e",
  // The specs share one server and its database, and sign-in lock-outs are per email.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot work here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
      ],
    },
  },
  webServer: [
    {
      command: "npx tsx test/fixture-site-main.ts",
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { FIXTURE_PORT: String(fixturePort) },
    },
    {
      command: postgresUrl ? `npx tsx --conditions=react-server scripts/seed.ts && ${next} start -p ${port} -H 127.0.0.1` : `${next} start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: "e2e-only-secret-do-not-use-anywhere-else",
        ATTEST_DATA_DIR: process.env.E2E_DATA_DIR,
        DATABASE_URL: postgresUrl ?? "",
        // The fixture site is on loopback, which the fetcher refuses unless an operator allows it.
        ATTEST_URL_ALLOW: `127.0.0.1:${fixturePort}`,
      },
    },
  ],
});
