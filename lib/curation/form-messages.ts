/**
 * The ratings and crosswalk forms' messages in the page's language: parsing with their schemas, and the
 * data layer's refusals, both worded from lib/i18n/messages/admin-ratings.ts ("admin.ratings.errors").
 */
import type { z } from "zod";
import { createTranslator } from "use-intl/core";
import type { FieldIssue } from "../errors";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import { parseWithLocale } from "../submission/schemas";

export type RatingsErrorKey = keyof (typeof messages)["nl"]["admin"]["ratings"]["errors"];

const translators = {
  nl: createTranslator({ locale: "nl", messages: messages.nl, namespace: "admin.ratings.errors" }),
  en: createTranslator({ locale: "en", messages: messages.en, namespace: "admin.ratings.errors" }),
};

/** One message of the ratings pages, with its values ("{level}") filled in. */
export function ratingsMessage(locale: Locale, key: RatingsErrorKey, values?: Record<string, string | number>): string {
  return (translators[locale] as (key: string, values?: Record<string, string | number>) => string)(key, values);
}

const isKey = (key: string): key is RatingsErrorKey => Object.hasOwn(messages.nl.admin.ratings.errors, key);

/** Parses with zod's own messages in the page's language and ours ("@key") from the ratings texts. */
export function parseCurationInput<S extends z.ZodType>(
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
      return key && isKey(key) ? { ...issue, message: ratingsMessage(locale, key) } : issue;
    }),
  };
}
