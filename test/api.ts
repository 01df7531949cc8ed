import type { Database } from "@/db/client.ts";
import { ROLES, type Role } from "@/lib/roles.ts";
import { OPERATOR, type Actor } from "@/server/actor.ts";
import { useDatabaseForTests } from "@/server/runtime.ts";
import { createToken } from "@/server/tokens/create-token.ts";
import { actors } from "./actors.ts";
import { openTestDatabase } from "./database.ts";

export interface ApiTestContext {
  database: Database;
  as: Record<Role, Actor>;
  /** A real API token per role, made by createToken like the CLI does. */
  tokens: Record<Role, string>;
  close(): Promise<void>;
}

/** A fresh test database installed as the app's own, one account and API token per role. */
export async function openApiTestContext(): Promise<ApiTestContext> {
  const database = await openTestDatabase();
  useDatabaseForTests(database);
  const as = await actors(database.db);
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) tokens[role] = (await createToken(database.db, OPERATOR, { email: as[role].email, scope: "read-write" })).token;
  return {
    database,
    as,
    tokens,
    close: async () => {
      useDatabaseForTests(undefined);
      await database.close();
    },
  };
}

export interface ApiRequestInit {
  method?: string;
  token?: string;
  /** Sent as JSON with Content-Type: application/json. */
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** A request as a client would send it to the route handler at `path`. */
export function apiRequest(path: string, init: ApiRequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.json !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
  const streamed = body instanceof ReadableStream;
  return new Request(new URL(path, "http://localhost"), {
    method: init.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
    ...(streamed && { duplex: "half" }),
  } as RequestInit);
}

/** The second argument Next passes to a dynamic route's handler. */
export const routeParams = <P>(params: P) => ({ params: Promise.resolve(params) });

/** An error answer as one object to match: its status beside the body's code, message and fields. */
export async function refusal(response: Response): Promise<{ status: number; code?: string; message?: string; fields?: Record<string, string[]> }> {
  return { status: response.status, ...(await response.json()).error };
}
