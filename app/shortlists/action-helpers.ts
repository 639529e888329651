/**
 * What the shortlist and saved-search actions share: the page's language, a refusal as the forms' one state
 * shape, and the origin a feed address is shown with.
 */
import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { fieldErrorsFrom, isAppError, type AppError } from "@/lib/errors";
import { toLocale, type Locale } from "@/lib/i18n/locale";
import { alertsText } from "@/lib/decision/shortlists-schemas";
import { configuredOrigin } from "@/lib/decision/feeds";
import type { AlertsActionState } from "@/components/decision/alerts-form-state";

export async function pageLocale(): Promise<Locale> {
  return toLocale(await getLocale());
}

const COMMON: Record<AppError["code"], string> = {
  UNAUTHORIZED: "common.signedOut",
  FORBIDDEN: "common.forbidden",
  NOT_FOUND: "common.notFound",
  CONFLICT: "common.conflict",
  INVALID: "common.invalid",
  UNAVAILABLE: "common.paused",
};

/** An AppError as form state: field issues beside their fields, anything else above the form. */
export function refusedState(error: AppError, locale: Locale, fields: string[]): AlertsActionState {
  const mine = error.issues.filter((i) => fields.includes(i.path));
  const rest = error.issues.filter((i) => !fields.includes(i.path));
  const formError =
    mine.length > 0 && rest.length === 0
      ? undefined
      : (rest[0]?.message ?? (error.code === "INVALID" || error.code === "CONFLICT" ? error.message : undefined)) ||
        alertsText(locale, COMMON[error.code]);
  return { ok: false, fieldErrors: fieldErrorsFrom(mine), formError };
}

/** Runs an action's call; a refusal becomes the form's state, anything else is thrown on. */
export async function attempt(
  locale: Locale,
  fields: string[],
  run: () => Promise<AlertsActionState>,
): Promise<AlertsActionState> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error)) return refusedState(error, locale, fields);
    throw error;
  }
}

/** Where the officer reaches the app: BETTER_AUTH_URL when configured, else the address of this request. */
export async function requestOrigin(): Promise<string> {
  const configured = configuredOrigin();
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};
