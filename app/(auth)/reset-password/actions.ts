"use server";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/server";
import { formValues, parseForm, refusal } from "@/lib/auth/form-actions";
import { resetPasswordSchema, type AuthFormState } from "@/lib/auth/schemas";

/** Sets the new password for the mailed token; better-auth signs the user out everywhere at the same time. */
export async function resetPasswordAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = formValues(formData, ["token", "password"]);
  const parsed = await parseForm(resetPasswordSchema, values);
  if (!parsed.ok) return parsed.state;
  try {
    await (
      await getAuth()
    ).api.resetPassword({
      body: { token: parsed.data.token, newPassword: parsed.data.password },
    });
  } catch (error) {
    return refusal(error, values);
  }
  redirect("/sign-in?reset=1");
}
