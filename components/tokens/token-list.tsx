"use client";

import { useState, useTransition } from "react";
import { revokeTokenAction, type TokenActionState } from "@/app/account/actions.ts";
import { formatDate, formatDateTime } from "@/lib/format/format-date.ts";
import { tokenState, type TokenState } from "@/lib/tokens.ts";
import type { TokenListEntry } from "@/lib/views/token-list-entry.ts";
import { Badge, type BadgeTone } from "../ui/badge.tsx";
import { ConfirmButton } from "../ui/confirm-button.tsx";

const STATE: Record<TokenState, { label: string; tone: BadgeTone }> = {
  live: { label: "Live", tone: "green" },
  expired: { label: "Expired", tone: "amber" },
  revoked: { label: "Revoked", tone: "red" },
};

/** API tokens, newest first: what each is, who owns it, when it was last used, whether it still works. */
export function TokenList({ tokens, now, showOwner = false, empty }: { tokens: TokenListEntry[]; now: string; showOwner?: boolean; empty: string }) {
  const [result, setResult] = useState<TokenActionState>({});
  const [pending, startTransition] = useTransition();
  const revoke = (id: string) => startTransition(async () => setResult(await revokeTokenAction(id)));

  return (
    <section aria-labelledby="tokens-heading" className="space-y-2">
      <h2 id="tokens-heading" className="font-serif text-lg font-bold">
        API tokens
      </h2>
      <p aria-live="polite" data-testid="token-message" className={`text-sm empty:hidden ${result.message ? "text-red-700" : "text-emerald-800"}`}>
        {result.message ?? result.done}
      </p>
      {tokens.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-8 text-center text-sm text-stone-600">{empty}</p>
      ) : (
        <ul aria-busy={pending} className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm">
          {tokens.map((t) => {
            const state = tokenState(t, now);
            return (
              <li key={t.id} data-testid="token-row" data-prefix={t.prefix} className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
                <div className="min-w-0 flex-1 basis-64">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-stone-900">{t.name}</span>
                    <code className="rounded bg-stone-100 px-1.5 text-xs text-stone-700">{t.prefix}…</code>
                    <Badge tone={STATE[state].tone}>{STATE[state].label}</Badge>
                    <Badge tone={t.scope === "read-write" ? "violet" : "stone"}>{t.scope}</Badge>
                  </p>
                  <p className="mt-1 text-xs text-stone-500">
                    {showOwner && <span className="break-all">{t.ownerEmail} · </span>}
                    Created {formatDate(t.createdAt)} · {t.lastUsedAt ? `last used ${formatDateTime(t.lastUsedAt)}` : "never used"} ·{" "}
                    {t.revokedAt ? `revoked ${formatDate(t.revokedAt)}` : t.expiresAt ? `${state === "expired" ? "expired" : "expires"} ${formatDate(t.expiresAt)}` : "no expiry"}
                  </p>
                </div>
                {state === "live" && (
                  <ConfirmButton
                    label="Revoke"
                    size="sm"
                    disabled={pending}
                    question={`Stop ${t.prefix}… working now?`}
                    confirmLabel="Revoke"
                    onConfirm={() => revoke(t.id)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
