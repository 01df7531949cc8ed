"use server";

import { revalidatePath } from "next/cache";
import { actionError, type ActionState } from "@/app/_lib/action-result.ts";
import { currentActor } from "@/server/current-actor.ts";
import { getDb } from "@/server/runtime.ts";
import { changeRole } from "@/server/users/change-role.ts";
import { createUser } from "@/server/users/create-user.ts";
import { resetPassword } from "@/server/users/reset-password.ts";
import { deactivateUser, reactivateUser } from "@/server/users/set-active.ts";

/** What an admin's action on an account answers: what happened, or why not; a temporary password once. */
export interface AccountActionState extends ActionState {
  done?: string;
  temporaryPassword?: string;
  email?: string;
}

const sessions = (n: number) => (n === 1 ? "1 session ended" : `${n} sessions ended`);

// The services check the role; an action only finds who is asking and what to say.
async function run(act: () => Promise<AccountActionState>): Promise<AccountActionState> {
  try {
    const state = await act();
    revalidatePath("/admin/users");
    return state;
  } catch (e) {
    revalidatePath("/admin/users");
    return actionError(e, "That did not work and nothing was changed. Try again.");
  }
}

/** Invites a colleague: their account gets a temporary password, shown to the admin once. */
export async function inviteUserAction(_: AccountActionState, form: FormData): Promise<AccountActionState> {
  return run(async () => {
    const user = await createUser(await getDb(), await currentActor(), {
      email: form.get("email"),
      name: form.get("name") || undefined,
      role: form.get("role"),
    });
    return { done: `Invited ${user.email} as ${user.role}.`, temporaryPassword: user.temporaryPassword ?? undefined, email: user.email };
  });
}

/** `from` is the role the admin's page showed, so a colleague's change meanwhile is not undone unseen. */
export async function changeRoleAction(userId: string, from: string, role: string): Promise<AccountActionState> {
  return run(async () => {
    const r = await changeRole(await getDb(), await currentActor(), userId, { role, from });
    return { done: r.changed ? `${r.email} is now ${r.role}; ${sessions(r.sessionsEnded)}.` : `${r.email} is already ${r.role}.` };
  });
}

export async function deactivateUserAction(userId: string): Promise<AccountActionState> {
  return run(async () => {
    const r = await deactivateUser(await getDb(), await currentActor(), userId);
    if (!r.changed) return { done: `${r.email} was already deactivated.` };
    const tokens = r.tokensRevoked === 1 ? "1 API token" : `${r.tokensRevoked} API tokens`;
    return { done: `Deactivated ${r.email}: ${sessions(r.sessionsEnded)}, ${tokens} revoked.` };
  });
}

export async function reactivateUserAction(userId: string): Promise<AccountActionState> {
  return run(async () => {
    const r = await reactivateUser(await getDb(), await currentActor(), userId);
    return { done: r.changed ? `Reactivated ${r.email}; their old API tokens stay revoked.` : `${r.email} was already active.` };
  });
}

export async function resetPasswordAction(userId: string): Promise<AccountActionState> {
  return run(async () => {
    const r = await resetPassword(await getDb(), await currentActor(), userId);
    return { done: `Reset ${r.email}'s password; ${sessions(r.sessionsEnded)}.`, temporaryPassword: r.temporaryPassword, email: r.email };
  });
}
