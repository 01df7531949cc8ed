import type { NextConfig } from "next";
import { API_CSP, COMMON_HEADERS } from "./lib/security-headers.ts";

// What proxy.ts does not see (the API and static files) gets the policy of a response that is
// no page; pages get theirs, with a nonce, from proxy.ts. A header set here cannot be replaced
// by a route, so the printable quote sheet (/api/export/quotes) is left out and sets its own.
const NON_PAGES = ["/api", "/api/:path((?!export/quotes$).*)", "/_next/static/:path*", "/_next/image", "/:path(.*\\.(?:png|svg|ico|css|js))"];

const config: NextConfig = {
  // PGlite loads its WebAssembly from its own folder: bundled, the first query fails.
  // rate-limiter-flexible's Drizzle store imports drizzle-orm by a computed name, which a bundle
  // cannot follow ("expression is too dynamic"): both stay node_modules, one drizzle for both.
  // pg-boss and its pg driver load pg-native by name if present: left unbundled as well.
  serverExternalPackages: ["@electric-sql/pglite", "rate-limiter-flexible", "drizzle-orm", "pg-boss", "pg"],
  // Never copy the embedded database into build output.
  outputFileTracingExcludes: { "*": [".data/**"] },
  poweredByHeader: false,
  // Server actions refuse bodies over 1 MB by default, before the app sees them: an article near
  // the app's own 1 MB limit plus the other fields would get a bare error instead of its message.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: COMMON_HEADERS },
      ...NON_PAGES.map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: API_CSP }] })),
    ];
  },
};

export default config;
