"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionError, type ActionState } from "@/app/_lib/action-result.ts";
import { currentSession } from "@/server/current-actor.ts";
import { getDb } from "@/server/runtime.ts";
import { changeOwnPassword } from "@/server/users/change-password.ts";

export interface ChangePasswordState extends ActionState {
  sessionsEnded?: number;
}

/**
 * Replaces the signed-in user's password. Someone who signed in with a temporary password goes
 * on to the documents; anyone else stays and is told how many other sessions were signed out.
 */
export async function changePasswordAction(_: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const session = await currentSession();
  if (!session) redirect("/sign-in");
  let sessionsEnded: number;
  try {
    ({ sessionsEnded } = await changeOwnPassword(await getDb(), session, {
      current: form.get("current"),
      password: form.get("password"),
      confirm: form.get("confirm"),
    }));
  } catch (e) {
    return actionError(e);
  }
  // The header in the root layout showed only the way out; it must render again with the navigation.
  if (session.mustChangePassword) {
    revalidatePath("/", "layout");
    redirect("/");
  }
  return { sessionsEnded };
}
