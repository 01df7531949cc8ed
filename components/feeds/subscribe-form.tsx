"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { subscribeAction, type FeedActionState } from "@/app/feeds/actions.ts";
import { subscribeFeedSchema } from "@/lib/validations/feed.ts";
import { Button } from "../ui/button.tsx";
import { FieldError } from "../ui/field-error.tsx";
import { FormCard } from "../ui/form-card.tsx";
import { fieldProps, useServerAnswer } from "../ui/form-field.ts";

const EMPTY = { url: "", everyMinutes: 15 };
const inputClass = "w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600";

/** A feed's address and how often to check it; the server reads it once before subscribing. */
export function SubscribeForm() {
  const [state, action] = useActionState<FeedActionState, FormData>(subscribeAction, {});
  const [pending, startTransition] = useTransition();
  const form = useForm({ resolver: zodResolver(subscribeFeedSchema), defaultValues: EMPTY });
  const { errors } = form.formState;
  useServerAnswer(form, state, !!state.subscribed, EMPTY);

  const onSubmit = form.handleSubmit(() => {
    const data = new FormData();
    for (const [name, value] of Object.entries(form.getValues())) data.set(name, String(value ?? ""));
    startTransition(() => action(data));
  });

  return (
    <FormCard id="subscribe-heading" title="Subscribe to a feed">
      <form onSubmit={onSubmit} noValidate aria-busy={pending} className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-start">
        <div>
          <label htmlFor="feed-url" className="mb-1 block text-sm font-medium">
            Feed address
          </label>
          <input type="url" inputMode="url" placeholder="https://…/rss" className={inputClass} {...fieldProps(form, "url", "feed-url")} />
          <FieldError id="feed-url-error" messages={errors.url?.message} />
        </div>
        <div>
          <label htmlFor="feed-every" className="mb-1 block text-sm font-medium">
            Check every (minutes)
          </label>
          <input type="number" inputMode="numeric" min={5} max={1440} className={inputClass} {...fieldProps(form, "everyMinutes", "feed-every")} />
          <FieldError id="feed-every-error" messages={errors.everyMinutes?.message} />
        </div>
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Reading the feed…" : "Subscribe"}
        </Button>
      </form>
      <p aria-live="polite" data-testid="subscribe-message" className={`text-sm empty:hidden ${state.subscribed ? "text-emerald-800" : "text-red-700"}`}>
        {pending ? "" : state.subscribed ? `Subscribed to ${state.subscribed}. Its stories are being imported.` : state.message}
      </p>
    </FormCard>
  );
}
