import type { Db } from "@/db/client.ts";
import type { Actor } from "@/server/actor.ts";
import { actorFromRequest } from "@/server/current-actor.ts";
import { getDb } from "@/server/runtime.ts";
import { errorResponse } from "./respond.ts";

export interface ApiArgs<P> {
  request: Request;
  /** null when the request carries no credentials: the service call answers 401 itself. */
  actor: Actor | null;
  db: Db;
  params: P;
  /** The query string as plain values for the shared zod schemas (a repeated key keeps its last value). */
  query: Record<string, string>;
}

/**
 * Wraps a route handler: resolves who is asking (API token or session cookie) and turns
 * whatever it throws into the JSON error answer. Role checks stay in the service calls.
 */
export function apiRoute<P extends Record<string, string> = Record<string, never>>(
  handler: (args: ApiArgs<P>) => Promise<Response>,
) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await actorFromRequest(request);
      const params = ((await context?.params) ?? {}) as P;
      const query = Object.fromEntries(new URL(request.url).searchParams);
      return await handler({ request, actor, db: await getDb(), params, query });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
