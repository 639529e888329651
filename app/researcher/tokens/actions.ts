"use server";
/**
 * Creating and revoking personal API tokens. The data layer (lib/auth/api-token.ts) checks the viewer and
 * refuses with an AppError; these actions only parse, call it and say what happened.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-token";
import { apiTokenFormSchema, type ApiTokenActionState } from "@/lib/auth/api-token-schema";
import { fieldErrorsFrom, isAppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locale";
import { parseWithLocale } from "@/lib/submission/schemas";

export async function createApiTokenAction(
  _previous: ApiTokenActionState,
  form: FormData,
): Promise<ApiTokenActionState> {
  const t = await getTranslations("tokens");
  const parsed = parseWithLocale(apiTokenFormSchema, { name: form.get("name") ?? "" }, toLocale(await getLocale()));
  if (!parsed.ok) {
    return { ok: false, fieldErrors: fieldErrorsFrom(parsed.issues) };
  }
  try {
    const created = await createApiToken({ viewer: await getViewer(), name: parsed.data.name });
    revalidatePath("/researcher/tokens");
    return { ok: true, token: created.token, name: created.name };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const formError =
      error.code === "UNAUTHORIZED" ? t("signIn") : error.code === "FORBIDDEN" ? t("forbidden") : t("invalid");
    return { ok: false, fieldErrors: {}, formError };
  }
}

export async function revokeApiTokenAction(form: FormData): Promise<void> {
  const id = z.string().min(1).max(100).safeParse(form.get("id"));
  let notice = "";
  if (!id.success) notice = "?notice=not-found";
  else {
    try {
      await revokeApiToken({ viewer: await getViewer(), id: id.data });
    } catch (error) {
      if (!isAppError(error)) throw error;
      notice = `?notice=${error.code === "NOT_FOUND" ? "not-found" : error.code === "UNAUTHORIZED" ? "sign-in" : "forbidden"}`;
    }
  }
  revalidatePath("/researcher/tokens");
  redirect(`/researcher/tokens${notice}`);
}
