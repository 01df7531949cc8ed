import "server-only";
import { cache } from "react";
import type { Actor } from "@/server/actor.ts";
import { countByStatus } from "@/server/dashboard/count-by-status.ts";
import { getDb } from "@/server/runtime.ts";

/** The home page's counts, read once per request for the dashboard and the Export menu. */
export const dashboardCounts = cache(async (actor: Actor) => countByStatus(await getDb(), actor));
