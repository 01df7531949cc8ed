import { config } from "zod/v4/core";

// Runs in the browser before the app's own code. Zod probes whether it may compile validators
// with `new Function`; under the pages' Content-Security-Policy (no 'unsafe-eval') the probe
// fails as it should, but Chromium still reports it as a violation. Jitless, it never probes.
config({ jitless: true });
