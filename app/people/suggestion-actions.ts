"use server";

import { revalidatePath } from "next/cache";
import { actionError, type ActionState } from "@/app/_lib/action-result.ts";
import { personMergeSchema } from "@/lib/validations/person-merge.ts";
import { currentActor } from "@/server/current-actor.ts";
import { mergePeople } from "@/server/people/merge-people.ts";
import { dismissMergeSuggestion } from "@/server/people/merge-suggestions.ts";
import { getDb } from "@/server/runtime.ts";
import { validate } from "@/server/validate.ts";

/** An editor confirms a suggested merge: the second speaker goes into the first, who keeps both names. */
export async function confirmMerge(keepId: string, mergeId: string): Promise<ActionState & { done?: string }> {
  try {
    const actor = await currentActor();
    const { person, itemsMoved } = await mergePeople(await getDb(), actor, validate(personMergeSchema, { keepId, mergeId }));
    revalidatePath("/people");
    return { done: `Merged into ${person.name}: ${itemsMoved} ${itemsMoved === 1 ? "quote" : "quotes"} moved.` };
  } catch (e) {
    return actionError(e, "The speakers were not merged. Try again.");
  }
}

/** An editor says two suggested speakers are different people: not suggested again. */
export async function markNotSame(personId: string, otherId: string): Promise<ActionState & { done?: string }> {
  try {
    await dismissMergeSuggestion(await getDb(), await currentActor(), { personId, otherId });
    revalidatePath("/people");
    return { done: "Marked as different people." };
  } catch (e) {
    return actionError(e, "That was not saved. Try again.");
  }
}
