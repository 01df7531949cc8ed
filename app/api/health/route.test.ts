import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client.ts";
import { useDatabaseForTests } from "@/server/runtime.ts";
import { openTestDatabase } from "@/test/database.ts";
import { GET } from "./route.ts";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  useDatabaseForTests(undefined);
  await database.close();
});

describe("GET /api/health", () => {
  it("answers anyone with ok and the database in use", async () => {
    useDatabaseForTests(database);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, db: process.env.DATABASE_URL ? "postgres" : "pglite" });
  });

  it("answers 503 with ok: false, and no detail of the failure, when the database cannot be reached", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = { ...database, db: { execute: () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.1:5432")) } };
    useDatabaseForTests(broken as unknown as Database);
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ ok: false, error: { code: "unavailable" } });
    expect(JSON.stringify(body)).not.toContain("ECONNREFUSED");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
