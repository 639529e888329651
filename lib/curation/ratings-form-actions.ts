/**
 * What the ratings and crosswalk pages' server actions share: reading a form into the shape its schema
 * parses (empty fields left out, checkboxes as booleans), parsing it in the page's language, calling the
 * data layer with the viewer, and turning its refusal into the form's one state shape. Server-only.
 */
import "server-only";
import type { z } from "zod";
import { getLocale } from "next-intl/server";
import { getViewer } from "../auth/session";
import { requirePermission, type Viewer } from "../auth/viewer";
import type { Resource, Verb } from "../auth/permissions";
import { fieldErrorsFrom, isAppError, type AppError } from "../errors";
import { toLocale, type Locale } from "../i18n/locale";
import { parseCurationInput, ratingsMessage } from "./form-messages";
import type { RatingsFormState } from "./ratings-form-state";

export type FormShape = { booleans?: readonly string[]; numbers?: readonly string[] };

/** The form's fields by name: text as typed (trimmed, empty left out), checkboxes as booleans, numbers parsed. */
export function formInput(form: FormData, fields: readonly string[], shape: FormShape = {}) {
  const values: Record<string, string> = {};
  const input: Record<string, unknown> = {};
  for (const name of fields) {
    const raw = form.get(name);
    const text = typeof raw === "string" ? raw : "";
    values[name] = text;
    if (shape.booleans?.includes(name)) input[name] = text === "on" || text === "true";
    else if (text.trim() === "") continue;
    else if (shape.numbers?.includes(name)) input[name] = /^\d+$/.test(text.trim()) ? Number(text) : text;
    else input[name] = text;
  }
  return { values, input };
}

/** A refusal of the data layer as the form's state: issues beside their fields, anything else above. */
export function refusalState(error: AppError, locale: Locale, values: Record<string, string>): RatingsFormState {
  const stamp = Date.now();
  if (error.code === "UNAUTHORIZED")
    return { ok: false, fieldErrors: {}, formError: ratingsMessage(locale, "signIn"), values, stamp };
  if (error.code === "FORBIDDEN")
    return { ok: false, fieldErrors: {}, formError: ratingsMessage(locale, "forbidden"), values, stamp };
  // An issue about a field the form shows goes beside it; others (the record, a newer decision) above the button.
  const shown = error.issues.filter((issue) => issue.path in values);
  const other = error.issues.filter((issue) => !(issue.path in values));
  return {
    ok: false,
    fieldErrors: fieldErrorsFrom(shown),
    formError:
      other.map((issue) => issue.message).join(" ") ||
      (shown.length === 0 ? error.message || ratingsMessage(locale, "failed") : undefined),
    values,
    stamp,
  };
}

/**
 * Checks the viewer's grant, parses the form with the schema, then runs the data-layer call (which checks
 * the grant again) and answers with the form's state; `notice` says what happened on success.
 */
export async function runRatingsForm<S extends z.ZodType>(options: {
  form: FormData;
  schema: S;
  fields: readonly string[];
  shape?: FormShape;
  /** The grant the action checks itself before the data layer checks it again. */
  grant: [Verb, Resource];
  call: (args: { viewer: Viewer; input: z.infer<S>; locale: Locale }) => Promise<string>;
}): Promise<RatingsFormState> {
  const locale = toLocale(await getLocale());
  const { values, input } = formInput(options.form, options.fields, options.shape);
  try {
    const viewer = requirePermission(await getViewer(), ...options.grant);
    const parsed = parseCurationInput(options.schema, input, locale);
    if (!parsed.ok) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.issues), values, stamp: Date.now() };
    const notice = await options.call({ viewer, input: parsed.data, locale });
    return { ok: true, fieldErrors: {}, notice, stamp: Date.now() };
  } catch (error) {
    if (isAppError(error)) return refusalState(error, locale, values);
    throw error;
  }
}
