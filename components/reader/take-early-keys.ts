import { EARLY_KEYS_GLOBAL, type EarlyKeyBuffer } from "@/lib/review/early-key-script.ts";

/** The keys pressed before the page was ready (see EarlyKeyBuffer); the buffer stops listening. */
export function takeEarlyKeys(): string[] {
  const buffer = (window as unknown as Record<string, EarlyKeyBuffer | undefined>)[EARLY_KEYS_GLOBAL];
  return buffer?.take() ?? [];
}
