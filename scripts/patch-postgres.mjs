// postinstall: mends a bug of postgres.js 3.4.9 (the newest release) that breaks recovery
// from a PostgreSQL restart (porsager/postgres issues 1066, 1154, 1208; open pull requests
// 1168, 1209). Small writes are flushed on a setImmediate; when the socket closes first,
// closed() and terminate() cancel that immediate without forgetting it, so the connection,
// once reconnected, never flushes a small write again: its queries hang for ever and the
// pool loses it (the fault check saw requests hang past 15 s). And an immediate that fires
// after the close writes to a null socket: an uncaught TypeError in the server.
// The mend: forget the cancelled immediate and its bytes, and make a write without a socket
// fail the connection's queries (CONNECTION_CLOSED) instead of throwing. `npm run
// bench:faults` shows it; drop this script once a release of postgres.js has the fix.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const VERSION = "3.4.9";
const MARK = "/* attest: patched nextWrite */";
const EDITS = [
  [
    "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
    `  function nextWrite(fn) {\n    ${MARK}\n    if (!socket) {\n      chunk = nextWriteTimer = null\n      error(Errors.connection('CONNECTION_CLOSED', options))\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
  ],
  ["    clearImmediate(nextWriteTimer)\n    if (socket) {", "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    if (socket) {"],
  ["    clearImmediate(nextWriteTimer)\n    socket.removeListener('data', data)", "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    socket.removeListener('data', data)"],
];

// The package's exports hide its package.json from require.resolve: go by the folder.
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../node_modules/postgres");
if (!existsSync(path.join(root, "package.json"))) process.exit(0); // not installed: nothing to mend
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
if (version !== VERSION) {
  console.warn(`attest: postgres.js is ${version}, not ${VERSION}: scripts/patch-postgres.mjs left it alone; check whether it still needs the nextWrite mend.`);
  process.exit(0);
}
for (const file of ["src/connection.js", "cjs/src/connection.js"]) {
  const full = path.join(root, file);
  let text = readFileSync(full, "utf8");
  if (text.includes(MARK)) continue;
  for (const [from, to] of EDITS) {
    if (!text.includes(from)) {
      console.error(`attest: scripts/patch-postgres.mjs: ${file} of postgres.js ${VERSION} is not as expected; nothing changed`);
      process.exit(1);
    }
    text = text.replace(from, to);
  }
  writeFileSync(full, text);
}
