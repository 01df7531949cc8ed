import { z } from "zod";
import { TOKEN_SCOPES } from "../tokens.ts";

export const MAX_TOKEN_DAYS = 366;
export const DEFAULT_TOKEN_DAYS = 90;

/** A new API token: who it is for (admins only may name someone else), what it may do, how long. */
export const createTokenSchema = z.object({
  email: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().toLowerCase().email("Enter a valid email address.").optional()),
  name: z.preprocess((v) => (v === "" || v == null ? "api" : v), z.string().trim().min(1).max(80, "Keep the name under 80 characters.")),
  scope: z.enum(TOKEN_SCOPES, { message: `Scope must be ${TOKEN_SCOPES.join(" or ")}.` }).default("read-only"),
  expiresInDays: z.coerce
    .number({ message: "Give the days as a number." })
    .int("Give whole days.")
    .min(1, "At least 1 day.")
    .max(MAX_TOKEN_DAYS, `At most ${MAX_TOKEN_DAYS} days.`)
    .default(DEFAULT_TOKEN_DAYS),
});

export type CreateToken = z.output<typeof createTokenSchema>;
