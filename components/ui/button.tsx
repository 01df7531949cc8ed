import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-stone-900 text-white hover:bg-stone-700 disabled:bg-stone-500",
  secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
  quiet: "text-stone-700 hover:bg-stone-100 hover:text-stone-900",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** The classes of a button, for links that should look like one too. */
export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `inline-flex items-center justify-center gap-2 rounded px-3 py-2 text-sm font-medium disabled:cursor-not-allowed ${VARIANTS[variant]} ${extra}`;
}

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
