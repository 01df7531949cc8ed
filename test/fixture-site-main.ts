import { startFixtureSite } from "./fixture-site.ts";

// The fixture site as a process of its own, for Playwright's webServer: FIXTURE_PORT.
const site = await startFixtureSite(Number(process.env.FIXTURE_PORT ?? 3199));
process.stdout.write(`fixture site on ${site.origin}\n`);
