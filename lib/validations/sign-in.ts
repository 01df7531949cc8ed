import { z } from "zod";

/** The sign-in form and the Credentials provider read the same fields. */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address you were registered with."),
  password: z.string().min(1, "Enter your password.").max(200),
});

export type SignIn = z.output<typeof signInSchema>;
