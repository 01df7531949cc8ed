"use server";

import { revalidatePath } from "next/cache";
import { actionError, type ActionState } from "@/app/_lib/action-result.ts";
import { currentActor } from "@/server/current-actor.ts";
import { getDb } from "@/server/runtime.ts";
import { createToken } from "@/server/tokens/create-token.ts";
import { revokeToken } from "@/server/tokens/revoke-token.ts";

export interface TokenActionState extends ActionState {
  done?: string;
  /** The new token itself, shown once: only its hash is stored. */
  token?: string;
}

// Both lists show tokens: the owner's on /account, everyone's on /admin/tokens.
function refreshLists() {
  revalidatePath("/account");
  revalidatePath("/admin/tokens");
}

/** Creates an API token, one's own or (admins) someone else's when an email is given. */
export async function createTokenAction(_: TokenActionState, form: FormData): Promise<TokenActionState> {
  try {
    const created = await createToken(await getDb(), await currentActor(), {
      email: form.get("email") ?? undefined,
      name: form.get("name"),
      scope: form.get("scope") ?? undefined,
      expiresInDays: form.get("expiresInDays") ?? undefined,
    });
    refreshLists();
    return { done: `Token created (${created.scope}).`, token: created.token };
  } catch (e) {
    return actionError(e, "The token was not created. Try again.");
  }
}

export async function revokeTokenAction(tokenId: string): Promise<TokenActionState> {
  try {
    const r = await revokeToken(await getDb(), await currentActor(), tokenId);
    refreshLists();
    return { done: r.revoked ? `Revoked ${r.prefix}…; it stopped working at once.` : `${r.prefix}… was already revoked.` };
  } catch (e) {
    refreshLists();
    return actionError(e, "The token was not revoked. Try again.");
  }
}
