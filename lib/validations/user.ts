import { z } from "zod";
import { ROLES } from "../roles.ts";
import { plainText } from "./fields.ts";

export const MIN_PASSWORD = 10;

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  name: plainText("name").min(1).max(120).optional(),
  role: z.enum(ROLES, { message: `Role must be one of ${ROLES.join(", ")}.` }),
  password: z.string().min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters.`).max(200),
});

export type CreateUser = z.output<typeof createUserSchema>;
