"use client";

import { useState, useTransition } from "react";
import { checkNowAction, removeFeedAction } from "@/app/feeds/actions.ts";
import { Button } from "../ui/button.tsx";
import { ConfirmButton } from "../ui/confirm-button.tsx";

/** A feed's buttons: check it now, or stop following it (what it imported stays). */
export function FeedActions({ feedId, title }: { feedId: string; title: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | undefined>();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => startTransition(async () => setMessage((await checkNowAction(feedId)).message))}>
        {pending ? "Checking…" : "Check now"}
      </Button>
      <ConfirmButton
        size="sm"
        label="Remove"
        question={`Stop following ${title}? What it imported stays.`}
        confirmLabel="Remove the feed"
        disabled={pending}
        onConfirm={() => startTransition(async () => setMessage((await removeFeedAction(feedId)).message))}
      />
      <span aria-live="polite" className="text-sm text-stone-700" data-testid="feed-action-message">
        {message}
      </span>
    </div>
  );
}
