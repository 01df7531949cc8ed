"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button, type ButtonSize, type ButtonVariant } from "./button.tsx";

interface Props {
  /** The first button's text, e.g. "Remove". */
  label: string;
  /** What will happen, asked before it does. */
  question: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  disabled?: boolean;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}

/**
 * A destructive action in two steps, inline: the button asks, and only its second button acts.
 * Focus moves to the question's Cancel, so Enter pressed twice by mistake does nothing harmful.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled, variant = "secondary", size = "md", className = "" }: Props) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <Button ref={opener} variant={variant} size={size} disabled={disabled} onClick={() => setAsking(true)} className={className}>
        {label}
      </Button>
    );
  }
  return (
    <span role="group" aria-label={label} className="inline-flex flex-wrap items-center gap-2 rounded border border-rose-200 bg-rose-50 px-2 py-1 text-xs text-rose-950">
      <span>{question}</span>
      <Button
        size="sm"
        variant="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      <Button ref={cancel} variant="quiet" size="sm" onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </span>
  );
}
