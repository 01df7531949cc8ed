"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/server/auth.ts";
import { signInRefusal } from "@/server/sign-in/authorize.ts";
import { currentSession } from "@/server/current-actor.ts";
import { getDb } from "@/server/runtime.ts";
import { endSessions } from "@/server/sessions/end-sessions.ts";
import { signInSchema } from "@/lib/validations/sign-in.ts";

export interface SignInState {
  message?: string;
  fields?: Record<string, string[]>;
}

/** Signs in with email and password; wrong details and lock-outs come back as a message. */
export async function signInAction(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) return { fields: parsed.error.flatten().fieldErrors as Record<string, string[]> };
  const next = safeNext(form.get("next"));
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: next });
    return {};
  } catch (e) {
    if (!(e instanceof AuthError)) throw e; // the redirect on success is thrown too, and must pass
    return { message: signInRefusal(e) };
  }
}

/**
 * Signs out everywhere: every session of the account ends, not only this browser's, so that a
 * laptop left signed in elsewhere is signed out too.
 */
export async function signOutAction() {
  const session = await currentSession();
  if (session) await endSessions(await getDb(), session.id);
  await signOut({ redirectTo: "/sign-in" });
}

/** Only a path on this site: never an open redirect to somewhere else. */
function safeNext(value: FormDataEntryValue | null): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}
