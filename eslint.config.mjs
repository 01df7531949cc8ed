import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

/** Next.js's own rule sets (core web vitals, React, hooks, TypeScript); oxlint adds its correctness rules in `npm run lint`. */
export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      // Leaving fields out with a rest pattern (`{ secret: _, ...rest }`) is how the code omits one.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // useDatabase, useSeededDatabase and useDatabaseForTests are Vitest fixtures, not React hooks.
    files: ["**/*.test.ts", "test/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", ".data/**", "test-results/**", "playwright-report/**", "db/migrations/meta/**", "next-env.d.ts"]),
]);
