/**
 * Input of shortlists and saved searches: names, notes, ids. Browser-safe; "@key" messages are the
 * "alerts.errors" texts, filled in by parseAlertsInput in the page's language.
 */
import { z } from "zod";
import { createTranslator } from "use-intl/core";
import type { FieldIssue } from "../errors";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import { parseWithLocale } from "../submission/schemas";
import { storableString } from "../api/input-bounds";

export const NAME_MAX = 100;
export const NOTE_MAX = 2000;
export const QUERY_MAX = 2000;

export const listNameSchema = storableString("@nameRequired")
  .trim()
  .min(1, "@nameRequired")
  .max(NAME_MAX, "@nameTooLong");

/** An empty note is no note. */
export const noteSchema = storableString()
  .trim()
  .max(NOTE_MAX, "@noteTooLong")
  .transform((v) => (v === "" ? null : v));

export const recordIdSchema = z
  .string()
  .max(40, { error: "@notFound", abort: true })
  .regex(/^[a-z0-9]{10,40}$/, "@notFound");

export const shortlistNameInputSchema = z.strictObject({ name: listNameSchema });
export const noteInputSchema = z.strictObject({ note: noteSchema.optional() });

/** Where an added intervention goes: an existing shortlist of the viewer, or a new one by this name. */
export const addToShortlistSchema = z
  .strictObject({
    slug: z
      .string()
      .max(200, { error: "@interventionNotFound", abort: true })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "@interventionNotFound"),
    shortlistId: recordIdSchema.optional(),
    newShortlistName: listNameSchema.optional(),
    note: noteSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.shortlistId === undefined && v.newShortlistName === undefined) {
      ctx.addIssue({ code: "custom", path: ["shortlistId"], message: "@chooseShortlist" });
    }
  });
export type AddToShortlistInput = z.input<typeof addToShortlistSchema>;

export const savedSearchInputSchema = z.strictObject({
  name: listNameSchema,
  query: storableString("@queryRequired").trim().max(QUERY_MAX, "@queryTooLong"),
});
export type SavedSearchInput = z.input<typeof savedSearchInputSchema>;

export type AlertsErrorKey = keyof (typeof messages)["nl"]["alerts"]["errors"];
const isKey = (key: string): key is AlertsErrorKey => Object.hasOwn(messages.nl.alerts.errors, key);

const translators = {
  nl: createTranslator({ locale: "nl", messages: messages.nl, namespace: "alerts" }),
  en: createTranslator({ locale: "en", messages: messages.en, namespace: "alerts" }),
};

/** One text of the "alerts" messages, with its values filled in. */
export function alertsText(locale: Locale, key: string, values?: Record<string, string | number>): string {
  return (translators[locale] as (key: string, values?: Record<string, string | number>) => string)(key, values);
}

export function alertsError(locale: Locale, key: AlertsErrorKey | "notFound"): string {
  return key === "notFound" ? alertsText(locale, "common.notFound") : alertsText(locale, `errors.${key}`);
}

/** Parses with zod's messages in the page's language and the "alerts.errors" texts for "@key" messages. */
export function parseAlertsInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
): { ok: true; data: z.infer<S> } | { ok: false; issues: FieldIssue[] } {
  const parsed = parseWithLocale(schema, input, locale);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    issues: parsed.issues.map((issue) => {
      const key = issue.message.startsWith("@") ? issue.message.slice(1) : null;
      if (key === "notFound") return { ...issue, message: alertsError(locale, "notFound") };
      return key && isKey(key) ? { ...issue, message: alertsError(locale, key) } : issue;
    }),
  };
}
