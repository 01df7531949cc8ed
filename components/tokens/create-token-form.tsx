"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { createTokenAction, type TokenActionState } from "@/app/account/actions.ts";
import { TOKEN_SCOPES } from "@/lib/tokens.ts";
import { createTokenSchema, DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from "@/lib/validations/token.ts";
import { Button } from "../ui/button.tsx";
import { FieldError } from "../ui/field-error.tsx";
import { FormCard } from "../ui/form-card.tsx";
import { fieldProps, useServerAnswer } from "../ui/form-field.ts";
import { ShownOnce } from "../ui/shown-once.tsx";

type Field = "email" | "name" | "scope" | "expiresInDays";
const EMPTY = { email: "", name: "", scope: "read-only" as const, expiresInDays: String(DEFAULT_TOKEN_DAYS) };
const inputClass = "w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600";

const SCOPE_LABELS = { "read-only": "Read only", "read-write": "Read and write (with the owner's role)" } as const;

/**
 * Makes an API token for scripts. Admins may name another account's email; everyone else makes
 * their own. The token is shown once, after which only its first characters are listed.
 */
export function CreateTokenForm({ forSomeone = false }: { forSomeone?: boolean }) {
  const [state, action] = useActionState<TokenActionState, FormData>(createTokenAction, {});
  const [pending, startTransition] = useTransition();
  const form = useForm({ resolver: zodResolver(createTokenSchema), defaultValues: EMPTY });
  const { errors } = form.formState;

  useServerAnswer(form, state, !!state.token, EMPTY);

  const onSubmit = form.handleSubmit(() => {
    const data = new FormData();
    for (const [name, value] of Object.entries(form.getValues())) if (name !== "email" || forSomeone) data.set(name, String(value ?? ""));
    startTransition(() => action(data));
  });

  const field = (name: Field) => fieldProps(form, name, `token-${name}`);
  const message = (name: Field) => errors[name]?.message as string | undefined;

  return (
    <FormCard id="new-token-heading" title="New API token">
      <form onSubmit={onSubmit} noValidate aria-busy={pending} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))] lg:items-start">
        {forSomeone && (
          <div>
            <label htmlFor="token-email" className="mb-1 block text-sm font-medium">
              Owner&apos;s email
            </label>
            <input type="email" autoComplete="off" placeholder="yours when empty" className={inputClass} {...field("email")} />
            <FieldError id="token-email-error" messages={message("email")} />
          </div>
        )}
        <div>
          <label htmlFor="token-name" className="mb-1 block text-sm font-medium">Name</label>
          <input type="text" autoComplete="off" placeholder="e.g. newsletter export" className={inputClass} {...field("name")} />
          <FieldError id="token-name-error" messages={message("name")} />
        </div>
        <div>
          <label htmlFor="token-scope" className="mb-1 block text-sm font-medium">Scope</label>
          <select className={inputClass} {...field("scope")}>
            {TOKEN_SCOPES.map((s) => (
              <option key={s} value={s}>{SCOPE_LABELS[s]}</option>
            ))}
          </select>
          <FieldError id="token-scope-error" messages={message("scope")} />
        </div>
        <div>
          <label htmlFor="token-expiresInDays" className="mb-1 block text-sm font-medium">Expires after (days)</label>
          <input type="number" inputMode="numeric" min={1} max={MAX_TOKEN_DAYS} className={inputClass} {...field("expiresInDays")} />
          <FieldError id="token-expiresInDays-error" messages={message("expiresInDays")} />
        </div>
        <Button type="submit" disabled={pending} className="lg:mt-6">
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      <p aria-live="polite" data-testid="token-form-message" className="text-sm text-red-700 empty:hidden">
        {state.message}
      </p>
      {state.token && (
        <ShownOnce label={state.done ?? "Token created"} secret={state.token}>
          Copy it now: it is stored only as a hash and cannot be shown again. Scripts send it in the header <code>Authorization: Bearer</code> followed by the token.
        </ShownOnce>
      )}
    </FormCard>
  );
}
