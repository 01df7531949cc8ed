"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { changePasswordAction, type ChangePasswordState } from "@/app/account/password/actions.ts";
import { changePasswordSchema } from "@/lib/validations/user.ts";
import { Button } from "../ui/button.tsx";
import { FieldError } from "../ui/field-error.tsx";

const FIELDS = [
  { name: "current", label: "Current password", autoComplete: "current-password" },
  { name: "password", label: "New password (at least 12 characters)", autoComplete: "new-password" },
  { name: "confirm", label: "New password again", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  const [pending, startTransition] = useTransition();
  const form = useForm({ resolver: zodResolver(changePasswordSchema), defaultValues: { current: "", password: "", confirm: "" } });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit((values) => {
    const data = new FormData();
    for (const { name } of FIELDS) data.set(name, values[name]);
    startTransition(() => action(data));
  });

  const done = state.sessionsEnded !== undefined && !state.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {/* Lets a password manager file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      {FIELDS.map(({ name, label, autoComplete }, i) => (
        <div key={name}>
          <label htmlFor={name} className="mb-1 block text-sm font-medium">
            {label}
          </label>
          <input
            id={name}
            type="password"
            autoComplete={autoComplete}
            autoFocus={i === 0}
            aria-invalid={!!errors[name]}
            aria-describedby={`${name}-error`}
            className="w-full rounded border border-stone-300 px-3 py-2"
            {...form.register(name)}
          />
          <FieldError id={`${name}-error`} messages={errors[name]?.message ?? state.fields?.[name]} />
        </div>
      ))}
      <p aria-live="polite" className={`min-h-5 text-sm ${done ? "text-green-800" : "text-red-700"}`} data-testid="form-message">
        {done
          ? `Password changed. ${state.sessionsEnded === 1 ? "1 other session was" : `${state.sessionsEnded} other sessions were`} signed out.`
          : state.message}
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
