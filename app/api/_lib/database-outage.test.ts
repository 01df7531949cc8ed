import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, Db } from "@/db/client.ts";
import { postgresOptions } from "@/db/postgres-options.ts";
import { useDatabaseForTests } from "@/server/runtime.ts";
import { onPostgres, openTestDatabase } from "@/test/database.ts";
import { apiRequest } from "@/test/api.ts";
import { closedPort } from "@/test/closed-port.ts";
import { GET as health } from "../health/route.ts";
import { GET as listItems } from "../items/route.ts";
import { errorResponse } from "./respond.ts";

afterEach(() => vi.restoreAllMocks());

describe("while PostgreSQL is down", () => {
  let client: postgres.Sql;
  beforeAll(async () => {
    // The app's pool with the app's options, pointed at a server that is not there.
    client = postgres(`postgres://attest@127.0.0.1:${await closedPort()}/attest`, postgresOptions({}));
    useDatabaseForTests({ db: drizzle(client) as unknown as Db, driver: "postgres", close: () => client.end() });
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await client.end({ timeout: 1 });
  });

  it("answers an API request 503 with a clear message, logged in one line", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await listItems(apiRequest("/api/items", { token: "att_0123456789abcdef" }));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: "unavailable", message: "The database cannot be reached just now. Try again in a moment." } });
    expect(log.mock.calls).toEqual([[expect.stringMatching(/^attest: database unavailable: .*ECONNREFUSED/)]]);
  });

  it("answers the health check 503", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await health()).status).toBe(503);
  });
});

describe.skipIf(!onPostgres())("a statement over ATTEST_DB_STATEMENT_TIMEOUT (PostgreSQL only: PGlite has no timeouts)", () => {
  let database: Database;
  beforeAll(async () => {
    vi.stubEnv("ATTEST_DB_STATEMENT_TIMEOUT", "0.2");
    database = await openTestDatabase();
    vi.unstubAllEnvs();
  });
  afterAll(() => database?.close());

  it("is cancelled by the server and answered 503", async () => {
    const error = await database.db.execute(sql`select pg_sleep(5)`).catch((e: unknown) => e);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(error);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: "unavailable", message: "The database took too long to answer. Try again in a moment." } });
  });
});
