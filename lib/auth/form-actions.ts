/**
 * What the account pages' server actions share: reading a form into a plain object, parsing it in the
 * page's language, and turning better-auth's refusals into a form state. Server-only.
 */
import "server-only";
import type { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "../i18n/locale";
import { parseWithLocale } from "../submission/schemas";
import { authErrorKey } from "./auth-errors";
import { fieldErrorsFrom } from "../errors";
import type { AuthFormState } from "./schemas";

/** The form's text fields by name (files and repeated names are not part of any account form). */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]));
}

/** What a refused form shows again: everything typed except passwords. */
export function keptValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !/password/i.test(name)));
}

export async function parseForm<S extends z.ZodType>(
  schema: S,
  values: Record<string, string>,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; state: AuthFormState }> {
  const parsed = parseWithLocale(schema, values, toLocale(await getLocale()));
  if (parsed.ok) return parsed;
  return { ok: false, state: { ok: false, fieldErrors: fieldErrorsFrom(parsed.issues), values: keptValues(values) } };
}

export async function refusal(error: unknown, values: Record<string, string>): Promise<AuthFormState> {
  const key = authErrorKey(error);
  if (key === "unexpected") console.error("Account action failed", error);
  const t = await getTranslations("account.errors");
  return { ok: false, fieldErrors: {}, formError: t(key), values: keptValues(values) };
}
