import type { NextConfig } from "next";

const config: NextConfig = {
  // PGlite loads its WebAssembly from its own folder: bundled, the first query fails.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Never copy the embedded database into build output.
  outputFileTracingExcludes: { "*": [".data/**"] },
  poweredByHeader: false,
  // Server actions refuse bodies over 1 MB by default, before the app sees them: an article near
  // the app's own 1 MB limit plus the other fields would get a bare error instead of its message.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default config;
