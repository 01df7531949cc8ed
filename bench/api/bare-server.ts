// The bare baseline: node:http and postgres.js, nothing else at request time. It answers the
// benchmarked routes with the app's own SQL (app-sql.ts) and the app's token check (one
// statement: the token's account, and last_used_at moved on at most once a minute), so the difference between its
// figures and the app's is what Next.js, drizzle, zod and the app's own layers cost.
// Run by bench/api.bench.ts as its own process: DATABASE_URL, PORT and HOST from the environment.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import postgres from "postgres";
import { tokenCheck } from "./app-sql.ts";
import { getItem, listDocuments, listItems, setVerdict, type Reply, type Who } from "./bare-routes.ts";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("bare server: DATABASE_URL is not set");
// The app's pool: db/client.ts opens postgres.js with max 10. Dates stay text as drizzle asks
// for them (its postgres-js driver does the same), so `published_at` is "YYYY-MM-DD".
const sql = postgres(url, {
  max: 10,
  onnotice: () => {},
  types: { date: { to: 1082, from: [1082], serialize: (v: string) => v, parse: (v: string) => v } },
});

const HEADERS = { "Content-Type": "application/json", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin" };

async function authenticate(header: string | undefined): Promise<Who | null> {
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  const token = m?.[1];
  if (!token || !token.startsWith("att_") || token.length > 100) return null;
  const s = tokenCheck(createHash("sha256").update(token).digest("hex"));
  const [row] = (await sql.unsafe(s.text, s.params as never[], { prepare: s.prepared ?? false }).values()) as unknown[][];
  if (!row) return null;
  // A read-only token acts as a viewer, as in server/tokens/authenticate-token.ts.
  return { id: row[0] as string, email: row[1] as string, name: row[2] as string, role: row[4] === "read-only" ? "viewer" : (row[3] as string) };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function route(req: IncomingMessage): Promise<Reply> {
  const u = new URL(req.url ?? "/", "http://bare");
  // As app/api/health/route.ts: no credentials, one trivial statement.
  if (req.method === "GET" && u.pathname === "/api/health") {
    await sql.unsafe("select 1", [], { prepare: false });
    return { status: 200, body: { ok: true, db: "postgres" } };
  }
  const who = await authenticate(req.headers.authorization);
  if (!who) return { status: 401, body: { error: { code: "unauthenticated", message: "That API token is not valid or has been revoked. Send Authorization: Bearer <token>." } } };
  const parts = u.pathname.split("/").filter(Boolean);
  if (req.method === "GET" && u.pathname === "/api/items") return listItems(sql, u.searchParams);
  if (req.method === "GET" && u.pathname === "/api/documents") return listDocuments(sql, u.searchParams);
  if (req.method === "GET" && parts.length === 3 && parts[1] === "items") return getItem(sql, parts[2]!);
  if (req.method === "POST" && parts.length === 4 && parts[1] === "items" && parts[3] === "verdict") return setVerdict(sql, who, parts[2]!, await readJson(req));
  return { status: 404, body: { error: { code: "not_found", message: "No such route." } } };
}

function handle(req: IncomingMessage, res: ServerResponse) {
  route(req).then(
    (r) => {
      res.writeHead(r.status, HEADERS);
      res.end(JSON.stringify(r.body));
    },
    (e: unknown) => {
      if (req.destroyed) return; // the client went away mid-request (the end of a round)
      console.error("bare server:", e);
      res.writeHead(500, HEADERS);
      res.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong." } }));
    },
  );
}

const port = Number(process.env.PORT ?? 3999);
const host = process.env.HOST ?? "127.0.0.1";
const server = createServer(handle);
server.keepAliveTimeout = 65_000;
server.listen(port, host, () => console.log(`bare server: http://${host}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void sql.end({ timeout: 2 }).then(() => process.exit(0));
  });
}
