import type { Metadata } from "next";
import { AdminRefused } from "@/components/admin/admin-refused.tsx";
import { CreateTokenForm } from "@/components/tokens/create-token-form.tsx";
import { TokenList } from "@/components/tokens/token-list.tsx";
import { adminActor } from "../_lib/admin-actor.ts";
import { getDb } from "@/server/runtime.ts";
import { listTokens } from "@/server/tokens/list-tokens.ts";

export const metadata: Metadata = { title: "API tokens" };

export default async function AdminTokensPage() {
  const actor = await adminActor("/admin/tokens");
  if (!actor) return <AdminRefused />;
  const tokens = await listTokens(await getDb(), actor, { everyone: true });
  return (
    <div className="space-y-6">
      <CreateTokenForm forSomeone />
      <TokenList tokens={tokens} now={new Date().toISOString()} showOwner empty="Nobody has an API token yet." />
    </div>
  );
}
