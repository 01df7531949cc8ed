import { z } from "zod";
import { ROLES } from "../roles.ts";
import { optional, plainText } from "./fields.ts";

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 200;

/** A new password's length; the server also refuses common ones (server/users/password-policy.ts). */
export const newPassword = z
  .string()
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters.`)
  .max(MAX_PASSWORD, `Keep it under ${MAX_PASSWORD} characters.`);

const email = z.string().trim().toLowerCase().email("Enter a valid email address.");
const role = z.enum(ROLES, { message: `Role must be one of ${ROLES.join(", ")}.` });

/**
 * Without a password the account is invited: it gets a temporary one, shown once, to be changed
 * at first sign-in. An empty password is a slip, refused, never taken as an invitation.
 */
export const createUserSchema = z.object({
  email,
  name: optional(plainText("name").min(1).max(120)),
  role,
  password: newPassword.optional(),
});

/**
 * `from` is the role the admin saw: when someone else changed it meanwhile, the change is
 * refused rather than silently undoing theirs.
 */
export const changeRoleSchema = z.object({ role, from: role.optional() });

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(MAX_PASSWORD),
    password: newPassword,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two new passwords differ." })
  .refine((v) => v.password !== v.current, { path: ["password"], message: "Choose a password different from the current one." });

export type CreateUser = z.output<typeof createUserSchema>;
export type ChangePassword = z.output<typeof changePasswordSchema>;
