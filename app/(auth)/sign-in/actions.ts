"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/server";
import { safeNextPath } from "@/lib/auth/session";
import { formValues, parseForm, refusal } from "@/lib/auth/form-actions";
import { signInSchema, type AuthFormState } from "@/lib/auth/schemas";

export async function signInAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = formValues(formData, ["email", "password"]);
  const parsed = await parseForm(signInSchema, values);
  if (!parsed.ok) return parsed.state;
  try {
    await (await getAuth()).api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    return refusal(error, values);
  }
  redirect(safeNextPath(String(formData.get("next") ?? "")));
}
