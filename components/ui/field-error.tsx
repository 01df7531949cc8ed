/** The message under a form field, announced to screen readers as it appears. */
export function FieldError({ id, messages }: { id: string; messages?: string | string[] }) {
  const text = Array.isArray(messages) ? messages.join(" ") : messages;
  return (
    <p id={id} aria-live="polite" className="mt-1 min-h-4 text-xs text-red-700">
      {text}
    </p>
  );
}
