"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/server/current-actor.ts";
import { requireRole } from "@/server/actor.ts";
import { checkFeed } from "@/server/feeds/check-feed.ts";
import { removeFeed, subscribeFeed } from "@/server/feeds/subscribe-feed.ts";
import { getQueue } from "@/server/jobs/runtime.ts";
import { getDb } from "@/server/runtime.ts";
import { actionError, type ActionState } from "../_lib/action-result.ts";

export type FeedActionState = ActionState & { subscribed?: string };

/** Subscribes to a feed from the feeds page; its first check is already on the queue. */
export async function subscribeAction(_: FeedActionState, form: FormData): Promise<FeedActionState> {
  try {
    const feed = await subscribeFeed(await getDb(), await getQueue(), await currentActor(), { url: form.get("url"), everyMinutes: form.get("everyMinutes") });
    revalidatePath("/feeds");
    return { subscribed: feed.title };
  } catch (e) {
    return actionError(e, "The feed could not be added. Try again.");
  }
}

/** "Check now": the feed read at once, rather than at its next turn. */
export async function checkNowAction(feedId: string): Promise<ActionState> {
  try {
    requireRole(await currentActor(), "editor", "check feeds");
    const { found } = await checkFeed(await getDb(), await getQueue(), feedId);
    revalidatePath("/feeds");
    return { message: found === 0 ? "No new stories." : found === 1 ? "1 new story is being imported." : `${found} new stories are being imported.` };
  } catch (e) {
    return actionError(e, "The feed could not be checked. Try again.");
  }
}

export async function removeFeedAction(feedId: string): Promise<ActionState> {
  try {
    await removeFeed(await getDb(), await currentActor(), feedId);
    revalidatePath("/feeds");
    return {};
  } catch (e) {
    return actionError(e, "The feed could not be removed. Try again.");
  }
}
