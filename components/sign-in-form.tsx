"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { signInAction, type SignInState } from "@/app/sign-in/actions.ts";
import { signInSchema } from "@/lib/validations/sign-in.ts";
import { Button } from "./ui/button.tsx";
import { FieldError } from "./ui/field-error.tsx";

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState<SignInState, FormData>(signInAction, {});
  const [pending, startTransition] = useTransition();
  const form = useForm({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit((values) => {
    const data = new FormData();
    data.set("email", values.email);
    data.set("password", values.password);
    data.set("next", next);
    startTransition(() => action(data));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div>
        <label htmlFor="email" className="mb-1 block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          autoFocus
          aria-invalid={!!errors.email}
          aria-describedby="email-error"
          className="w-full rounded border border-stone-300 px-3 py-2"
          {...form.register("email")}
        />
        <FieldError id="email-error" messages={errors.email?.message ?? state.fields?.email} />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!errors.password}
          aria-describedby="password-error"
          className="w-full rounded border border-stone-300 px-3 py-2"
          {...form.register("password")}
        />
        <FieldError id="password-error" messages={errors.password?.message ?? state.fields?.password} />
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-red-700" data-testid="form-message">
        {state.message}
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
