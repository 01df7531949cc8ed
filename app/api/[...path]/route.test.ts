import { describe, expect, it } from "vitest";
import { GET, POST } from "./route.ts";

describe("an unknown /api address", () => {
  it("answers 404 in the API's JSON error shape", async () => {
    for (const handler of [GET, POST]) {
      const response = await handler();
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ error: { code: "not_found", message: "That API address was not found." } });
    }
  });
});
