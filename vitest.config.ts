import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Tests run the service layer outside React's server environment, where `server-only`
      // throws; its own package maps it to this empty module under the "react-server" condition.
      // Aliased here rather than setting that condition, which would also swap React for its
      // server build in the component tests.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["{lib,cli,bench,db,server,seeds,app,components,test,scripts}/**/*.test.{ts,tsx}"],
    environment: "node",
    // Every test file makes an account per role: scrypt at a 32nd of the production cost keeps
    // that from dominating the suite. The parameters travel in each hash, so checks still work.
    env: { ATTEST_SCRYPT_LOG_N: "10" },
    // next-auth imports "next/server" without an extension, which Node's ESM loader cannot
    // resolve: let Vite resolve it, so route handlers load in tests as they do in Next.
    server: { deps: { inline: ["next-auth"] } },
    // Each database test file opens its own database; PGlite's first open takes a few seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
