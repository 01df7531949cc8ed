import type { ButtonHTMLAttributes, Ref } from "react";

const VARIANTS = {
  primary: "bg-stone-900 text-white hover:bg-stone-700 disabled:bg-stone-500",
  secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100 disabled:opacity-50 disabled:hover:bg-white",
  quiet: "text-stone-700 hover:bg-stone-100 hover:text-stone-900 disabled:opacity-50",
  danger: "bg-rose-700 text-white hover:bg-rose-800 disabled:bg-rose-400",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

// Sizes are whole sets: two padding classes on one element do not reliably override each other.
const SIZES = { md: "px-3 py-2 text-sm", sm: "px-2 py-1 text-xs" } as const;

export type ButtonSize = keyof typeof SIZES;

/** The classes of a button, for links that should look like one too. */
export function buttonClass(variant: ButtonVariant = "primary", extra = "", size: ButtonSize = "md"): string {
  return `inline-flex items-center justify-center gap-2 rounded font-medium disabled:cursor-not-allowed ${SIZES[size]} ${VARIANTS[variant]} ${extra}`;
}

export function Button({
  variant = "primary",
  className = "",
  size = "md",
  type = "button",
  ref,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize; ref?: Ref<HTMLButtonElement> }) {
  return <button ref={ref} type={type} className={buttonClass(variant, className, size)} {...props} />;
}
