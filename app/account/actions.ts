"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAuth } from "@/lib/auth/server";
import { getViewer } from "@/lib/auth/session";
import { formValues, parseForm, refusal } from "@/lib/auth/form-actions";
import { changePasswordSchema, type AuthFormState } from "@/lib/auth/schemas";

/** Needs the current password; every other session of the user ends, this one gets a fresh cookie. */
export async function changePasswordAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  if (!(await getViewer())) redirect("/sign-in?next=/account");
  const values = formValues(formData, ["currentPassword", "newPassword"]);
  const parsed = await parseForm(changePasswordSchema, values);
  if (!parsed.ok) return parsed.state;
  try {
    await (
      await getAuth()
    ).api.changePassword({
      body: { ...parsed.data, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch (error) {
    return refusal(error, values);
  }
  const t = await getTranslations("account.page");
  return { ok: true, fieldErrors: {}, notice: t("passwordChanged") };
}

export async function signOutAction(): Promise<void> {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect("/");
}

/** Ends every session of the user, on every device, then this one's cookie. */
export async function signOutEverywhereAction(): Promise<void> {
  const auth = await getAuth();
  const requestHeaders = await headers();
  if (await getViewer()) await auth.api.revokeSessions({ headers: requestHeaders });
  await auth.api.signOut({ headers: requestHeaders }).catch(() => undefined);
  redirect("/");
}
