import type { Metadata } from "next";
import { AdminRefused } from "@/components/admin/admin-refused.tsx";
import { InviteUserForm } from "@/components/admin/invite-user-form.tsx";
import { UserList } from "@/components/admin/user-list.tsx";
import { adminActor } from "../_lib/admin-actor.ts";
import { getDb } from "@/server/runtime.ts";
import { listUsers } from "@/server/users/list-users.ts";

export const metadata: Metadata = { title: "Accounts" };

export default async function AdminUsersPage() {
  const actor = await adminActor("/admin/users");
  if (!actor) return <AdminRefused />;
  const users = await listUsers(await getDb(), actor);
  return (
    <div className="space-y-6">
      <InviteUserForm />
      <UserList users={users} selfId={actor.id} />
      <p className="text-xs text-stone-500">
        A role change, a password reset or a deactivation signs the account out everywhere at once. Deactivating also revokes its API
        tokens; its verdicts, citations and history stay. Every change is in the activity log.
      </p>
    </div>
  );
}
