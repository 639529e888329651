"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/server";
import { safeNextPath } from "@/lib/auth/session";
import { formValues, parseForm, refusal } from "@/lib/auth/form-actions";
import { signUpSchema, type AuthFormState } from "@/lib/auth/schemas";

/** A new account is always an officer: better-auth refuses a role in the input (role has input: false). */
export async function signUpAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = formValues(formData, ["name", "email", "password"]);
  const parsed = await parseForm(signUpSchema, values);
  if (!parsed.ok) return parsed.state;
  try {
    await (await getAuth()).api.signUpEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    return refusal(error, values);
  }
  redirect(safeNextPath(String(formData.get("next") ?? "")));
}
