import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors.ts";
import { errorResponse } from "./respond.ts";

afterEach(() => vi.restoreAllMocks());

describe("errorResponse", () => {
  it("gives an AppError's status, code, message, fields and extra members", async () => {
    const error = new AppError("conflict", "Someone saved first.", { version: ["Stale."] }, { current: { id: "x", version: 3 } });
    const response = errorResponse(error);
    expect(response.status).toBe(409);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { code: "conflict", message: "Someone saved first.", fields: { version: ["Stale."] }, current: { id: "x", version: 3 } },
    });
  });

  it("leaves fields out when there are none", async () => {
    expect(await errorResponse(new AppError("not_found", "Gone.")).json()).toEqual({ error: { code: "not_found", message: "Gone." } });
  });

  it("turns a ZodError thrown by a schema's parse() into a 422 by field", async () => {
    const result = z.object({ limit: z.number().min(1, "At least 1.") }).safeParse({ limit: 0 });
    const response = errorResponse(result.error);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: { code: "validation", message: "limit: At least 1.", fields: { limit: ["At least 1."] } } });
  });

  it("answers anything else with a bare 500 and logs the error on the server", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new Error('relation "users" does not exist');
    const response = errorResponse(error);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "internal", message: "Something went wrong." } });
    expect(text).not.toMatch(/users|at |\.ts/);
    expect(log).toHaveBeenCalledWith(expect.any(String), error);
  });
});
