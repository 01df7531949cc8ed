import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "@/server/actor.ts";
import { currentActor } from "@/server/current-actor.ts";

/**
 * The signed-in admin for an admin page, or null for anyone else signed in (the page then says
 * so instead of asking the service, which would refuse). Signed out goes to the sign-in page.
 * Each page asks for itself: a layout's check does not stop its pages rendering.
 */
export async function adminActor(path: string): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return actor.role === "admin" ? actor : null;
}
