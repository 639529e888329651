/**
 * The account forms' schemas: sign-in, sign-up, forgot and reset password, change password, and the CLI's
 * user input. Browser-safe (zod only); parse with parseWithLocale for messages in the page's language.
 */
import { z } from "zod";
import { ROLE_SLUGS, type RoleSlug } from "./permissions";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const newPasswordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);
const enteredPassword = z.string().min(1).max(MAX_PASSWORD_LENGTH);
export const nameSchema = z.string().trim().min(1).max(100);

export const signInSchema = z.object({ email: emailSchema, password: enteredPassword });
export const signUpSchema = z.object({ name: nameSchema, email: emailSchema, password: newPasswordSchema });
export const forgotPasswordSchema = signInSchema.pick({ email: true });
export const resetPasswordSchema = z.object({ token: z.string().min(1).max(200), password: newPasswordSchema });
export const changePasswordSchema = z.object({ currentPassword: enteredPassword, newPassword: newPasswordSchema });

export const roleSlugSchema = z.enum(Object.values(ROLE_SLUGS) as [RoleSlug, ...RoleSlug[]]);
export const userCreateSchema = z.object({
  email: emailSchema,
  name: nameSchema.optional(),
  role: roleSlugSchema.default("officer"),
  password: newPasswordSchema.optional(),
});

/** What every account form's action returns: errors per field, or one for the whole form, or a notice. */
export type AuthFormState = {
  ok: boolean;
  fieldErrors: Record<string, string[]>;
  formError?: string;
  notice?: string;
  /** What was typed (never a password), so a refused form keeps it. */
  values?: Record<string, string>;
};

export const initialAuthFormState: AuthFormState = { ok: false, fieldErrors: {} };
