import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiRequest, openApiTestContext, routeParams, type ApiTestContext } from "@/test/api.ts";
import { apiRoute, type ApiArgs } from "./api-route.ts";

let t: ApiTestContext;
beforeAll(async () => {
  t = await openApiTestContext();
});
afterAll(() => t.close());

describe("apiRoute", () => {
  it("hands the handler the token's account, the params and the query", async () => {
    let seen: ApiArgs<{ id: string }> | undefined;
    const route = apiRoute<{ id: string }>(async (args) => {
      seen = args;
      return new Response(null, { status: 204 });
    });
    const response = await route(apiRequest("/api/x/7?status=verified&q=a&q=b", { token: t.tokens.reviewer }), routeParams({ id: "7" }));
    expect(response.status).toBe(204);
    expect(seen).toMatchObject({ actor: { id: t.as.reviewer.id, role: "reviewer" }, params: { id: "7" }, query: { status: "verified", q: "b" } });
  });

  it("gives a null actor to a request with no credentials at all", async () => {
    let actor: unknown = "unset";
    await apiRoute(async (args) => {
      actor = args.actor;
      return new Response(null, { status: 204 });
    })(apiRequest("/api/x"));
    expect(actor).toBeNull();
  });

  it("never runs the handler for a bad token", async () => {
    const handler = vi.fn(async () => new Response(null, { status: 204 }));
    const response = await apiRoute(handler)(apiRequest("/api/x", { token: "att_revoked-or-never-made" }));
    expect(response.status).toBe(401);
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers an unexpected failure in the handler with a bare 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await apiRoute(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    })(apiRequest("/api/x", { token: t.tokens.viewer }));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: "internal", message: "Something went wrong." } });
    log.mockRestore();
  });
});
