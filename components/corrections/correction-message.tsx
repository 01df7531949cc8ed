/** The one-line result of a correction control, announced as it changes. */
export function CorrectionMessage({ message }: { message: { tone: "error" | "success"; text: string } | null }) {
  return (
    <p aria-live="polite" className={`min-h-4 text-xs ${message?.tone === "error" ? "text-red-700" : "text-emerald-800"}`}>
      {message?.text}
    </p>
  );
}
