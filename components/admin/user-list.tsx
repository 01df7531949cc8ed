import type { UserListEntry } from "@/lib/views/user-list-entry.ts";
import { UserRow } from "./user-row.tsx";

/** Every account, as cards that stack on a phone and line up on a laptop. */
export function UserList({ users, selfId }: { users: UserListEntry[]; selfId: string | null }) {
  const active = users.filter((u) => !u.deactivatedAt).length;
  return (
    <section aria-labelledby="accounts-heading" className="space-y-2">
      <h2 id="accounts-heading" className="font-serif text-lg font-bold">
        Accounts <span className="text-sm font-normal text-stone-500">· {active} active{users.length > active ? `, ${users.length - active} deactivated` : ""}</span>
      </h2>
      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm">
        {users.map((u) => (
          <UserRow key={u.id} user={u} self={u.id === selfId} />
        ))}
      </ul>
    </section>
  );
}
