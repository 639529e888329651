"use server";
import { getTranslations } from "next-intl/server";
import { getAuth } from "@/lib/auth/server";
import { formValues, parseForm } from "@/lib/auth/form-actions";
import { forgotPasswordSchema, type AuthFormState } from "@/lib/auth/schemas";

/**
 * Asks for a reset mail. Whatever happens after a well-formed address — known or not, mail sent or not —
 * the answer is the same, so the form cannot tell anybody which addresses have an account.
 */
export async function forgotPasswordAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = formValues(formData, ["email"]);
  const parsed = await parseForm(forgotPasswordSchema, values);
  if (!parsed.ok) return parsed.state;
  try {
    await (
      await getAuth()
    ).api.requestPasswordReset({ body: { email: parsed.data.email, redirectTo: "/reset-password" } });
  } catch (error) {
    console.error("Password reset mail failed", error);
  }
  const t = await getTranslations("account.forgot");
  return { ok: true, fieldErrors: {}, notice: t("sent") };
}
