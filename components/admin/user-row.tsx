"use client";

import { useState, useTransition } from "react";
import {
  changeRoleAction,
  deactivateUserAction,
  reactivateUserAction,
  resetPasswordAction,
  type AccountActionState,
} from "@/app/admin/users/actions.ts";
import { formatDateTime } from "@/lib/format/format-date.ts";
import { ROLES } from "@/lib/roles.ts";
import type { UserListEntry } from "@/lib/views/user-list-entry.ts";
import { Badge } from "../ui/badge.tsx";
import { Button } from "../ui/button.tsx";
import { ConfirmButton } from "../ui/confirm-button.tsx";
import { TemporaryPassword } from "./temporary-password.tsx";

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** One account: who, in what state, and what an admin may do to it. */
export function UserRow({ user, self }: { user: UserListEntry; self: boolean }) {
  const [result, setResult] = useState<AccountActionState>({});
  const [pending, startTransition] = useTransition();
  const act = (action: () => Promise<AccountActionState>) => startTransition(async () => setResult(await action()));
  const lastSignIn = user.lastSignInAt ? `Last signed in ${formatDateTime(user.lastSignInAt)}` : "No sign-in in 90 days";

  return (
    <li data-testid="user-row" data-email={user.email} aria-busy={pending} className="space-y-3 px-4 py-3">
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
        <div className="min-w-0 flex-1 basis-64">
          <p className="font-medium text-stone-900">
            {user.name} {self && <span className="text-sm font-normal text-stone-500">(you)</span>}
          </p>
          <p className="break-all text-sm text-stone-600">{user.email}</p>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-500">
            {user.deactivatedAt ? <Badge tone="red">Deactivated</Badge> : <Badge tone="green">Active</Badge>}
            {user.mustChangePassword && <Badge tone="amber" title="Signed in with a temporary password or not yet at all">Temporary password</Badge>}
            <span>{lastSignIn}</span>
            <span>{count(user.openSessions, "session")}</span>
            <span>{count(user.liveTokens, "API token")}</span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {/* Keyed by the role it shows: when the account changes, the choice starts again from what is true. */}
          <RoleForm key={user.role} user={user} pending={pending} onSubmit={(role) => act(() => changeRoleAction(user.id, user.role, role))} />
          {!user.deactivatedAt && (
            <ConfirmButton
              label="Reset password"
              size="sm"
              disabled={pending}
              question={`Sign ${user.name} out everywhere and give a temporary password?`}
              confirmLabel="Reset"
              onConfirm={() => act(() => resetPasswordAction(user.id))}
            />
          )}
          {user.deactivatedAt ? (
            <Button variant="secondary" size="sm" disabled={pending} onClick={() => act(() => reactivateUserAction(user.id))}>
              Reactivate
            </Button>
          ) : (
            !self && (
              <ConfirmButton
                label="Deactivate"
                size="sm"
                disabled={pending}
                question={`Sign ${user.name} out, revoke their API tokens and stop them signing in?`}
                confirmLabel="Deactivate"
                onConfirm={() => act(() => deactivateUserAction(user.id))}
              />
            )
          )}
        </div>
      </div>
      <p aria-live="polite" data-testid="user-message" className={`text-sm empty:hidden ${result.message ? "text-red-700" : "text-emerald-800"}`}>
        {result.message ?? result.done}
      </p>
      {result.temporaryPassword && <TemporaryPassword email={result.email!} password={result.temporaryPassword} />}
    </li>
  );
}

function RoleForm({ user, pending, onSubmit }: { user: UserListEntry; pending: boolean; onSubmit(role: string): void }) {
  const [role, setRole] = useState<string>(user.role);
  const id = `role-${user.id}`;
  return (
    <form
      className="flex items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(role);
      }}
    >
      <label htmlFor={id} className="sr-only">
        Role of {user.name}
      </label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value)} disabled={pending} className="rounded border border-stone-300 bg-white px-2 py-1 text-sm">
        {ROLES.map((r) => (
          <option key={r} value={r}>{r}</option>
        ))}
      </select>
      <Button type="submit" variant="secondary" size="sm" disabled={pending || role === user.role}>
        Change role
      </Button>
    </form>
  );
}
