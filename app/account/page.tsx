import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateTokenForm } from "@/components/tokens/create-token-form.tsx";
import { TokenList } from "@/components/tokens/token-list.tsx";
import { buttonClass } from "@/components/ui/button.tsx";
import { CHANGE_PASSWORD_PATH, currentActor } from "@/server/current-actor.ts";
import { getDb } from "@/server/runtime.ts";
import { listTokens } from "@/server/tokens/list-tokens.ts";

export const metadata: Metadata = { title: "Your account" };

/** Who you are signed in as, your password, and your own API tokens. */
export default async function AccountPage() {
  const actor = await currentActor();
  // Someone with a temporary password has one thing to do first.
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/account")}`);
  const tokens = await listTokens(await getDb(), actor);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold tracking-tight">Your account</h1>
          <p className="mt-1 break-all text-sm text-stone-600">
            {actor.name} · {actor.email} · <span data-testid="account-role">{actor.role}</span>
          </p>
        </div>
        <Link href={CHANGE_PASSWORD_PATH} className={buttonClass("secondary")}>
          Change password
        </Link>
      </div>
      <CreateTokenForm />
      <TokenList tokens={tokens} now={new Date().toISOString()} empty="You have no API tokens. Make one above for a script or a spreadsheet." />
      <p className="text-xs text-stone-500">
        A read-only token can read everything you can; a read-write one can also change what your role may change. Tokens are listed
        with their first characters only.
      </p>
    </div>
  );
}
