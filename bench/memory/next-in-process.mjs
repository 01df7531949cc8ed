// Next's production server (the NextServer that `next start` runs) in a process of its own
// with V8's figures exposed: bench/memory.bench.ts asks it for them over IPC. Plain
// JavaScript run by node, so no TypeScript loader sits in the memory being measured.
import http from "node:http";
import { getHeapSpaceStatistics } from "node:v8";
import next from "next";

const app = next({ dev: false, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();
const server = http.createServer((req, res) => handle(req, res));
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.({ ready: true }));

const figures = () => ({
  ...process.memoryUsage(),
  spaces: Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, { used: s.space_used_size, size: s.space_size }])),
});
process.on("message", (m) => {
  if (m === "gc") globalThis.gc?.();
  process.send?.({ figures: figures() });
});
