"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { inviteUserAction, type AccountActionState } from "@/app/admin/users/actions.ts";
import { ROLES } from "@/lib/roles.ts";
import { createUserSchema } from "@/lib/validations/user.ts";
import { Button } from "../ui/button.tsx";
import { FieldError } from "../ui/field-error.tsx";
import { FormCard } from "../ui/form-card.tsx";
import { fieldProps, useServerAnswer } from "../ui/form-field.ts";
import { TemporaryPassword } from "./temporary-password.tsx";

const EMPTY = { email: "", name: "", role: "reviewer" as const };
const inputClass = "w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600";

/**
 * Invites a colleague. There is no password field: the account gets a temporary password,
 * shown here once, and its owner must choose their own at the first sign-in.
 */
export function InviteUserForm() {
  const [state, action] = useActionState<AccountActionState, FormData>(inviteUserAction, {});
  const [pending, startTransition] = useTransition();
  const form = useForm({ resolver: zodResolver(createUserSchema.omit({ password: true })), defaultValues: EMPTY });
  const { errors } = form.formState;

  useServerAnswer(form, state, !!state.temporaryPassword, EMPTY);

  const onSubmit = form.handleSubmit(() => {
    const data = new FormData();
    for (const [name, value] of Object.entries(form.getValues())) data.set(name, String(value ?? ""));
    startTransition(() => action(data));
  });

  const field = (name: "email" | "name" | "role") => fieldProps(form, name, `invite-${name}`);

  return (
    <FormCard id="invite-heading" title="Invite a colleague">
      <form onSubmit={onSubmit} noValidate aria-busy={pending} className="grid gap-3 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-start">
        <div>
          <label htmlFor="invite-email" className="mb-1 block text-sm font-medium">Email</label>
          <input type="email" autoComplete="off" className={inputClass} {...field("email")} />
          <FieldError id="invite-email-error" messages={errors.email?.message} />
        </div>
        <div>
          <label htmlFor="invite-name" className="mb-1 block text-sm font-medium">
            Name <span className="font-normal text-stone-500">(optional)</span>
          </label>
          <input type="text" autoComplete="off" className={inputClass} {...field("name")} />
          <FieldError id="invite-name-error" messages={errors.name?.message} />
        </div>
        <div>
          <label htmlFor="invite-role" className="mb-1 block text-sm font-medium">Role</label>
          <select className={inputClass} {...field("role")}>
            {ROLES.map((r) => (
              <option key={r} value={r}>{r}</option>
            ))}
          </select>
          <FieldError id="invite-role-error" messages={errors.role?.message} />
        </div>
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Inviting…" : "Invite"}
        </Button>
      </form>
      <p aria-live="polite" data-testid="invite-message" className={`text-sm ${state.message ? "text-red-700" : "text-stone-700"}`}>
        {state.message ?? (state.temporaryPassword ? state.done : null)}
      </p>
      {state.temporaryPassword && <TemporaryPassword email={state.email!} password={state.temporaryPassword} />}
    </FormCard>
  );
}
