/** Display helpers shared by the pages. Browser-safe, but the age range brings the messages with it. */
import { createTranslator } from "use-intl/core";
import type { Locale } from "./i18n/locale";
import { messages } from "./i18n/messages";

const ageTranslators = {
  nl: createTranslator({ locale: "nl", messages: messages.nl, namespace: "age" }),
  en: createTranslator({ locale: "en", messages: messages.en, namespace: "age" }),
};

/**
 * A target group's child age range, inclusive at both ends and never ambiguous: "0 t/m 2 jaar" ("0 to 2
 * years"), in months where an end is not a whole year ("6 t/m 24 maanden"), "vanaf de zwangerschap" when it
 * starts before birth (negative months). Ages are stored in months; an upper bound is the last month that
 * still counts, so "through age 2" is 35 (2 years and 11 months) and whole years end on a month 11.
 * Plurals come from the ICU messages in lib/i18n/messages (namespace `age`).
 */
export function formatAgeRange(min: number | null, max: number | null, locale: Locale): string {
  const t = ageTranslators[locale];
  const isWholeYearStart = (months: number) => months >= 0 && months % 12 === 0;
  const isWholeYearEnd = (months: number) => months >= 23 && (months + 1) % 12 === 0;
  const yearsTo = (months: number) => (months + 1) / 12 - 1;

  if (min === null && max === null) return t("any");
  if (max !== null && max < 0) return t("duringPregnancy");
  if (max === null) {
    if (min! < 0) return t("fromPregnancy");
    if (min === 0) return t("fromBirth");
    return isWholeYearStart(min!) ? t("fromYears", { from: min! / 12 }) : t("fromMonths", { from: min! });
  }
  const toYears = isWholeYearEnd(max);
  if (min === null) return toYears ? t("toYears", { to: yearsTo(max) }) : t("toMonths", { to: max });
  if (min < 0) return toYears ? t("pregnancyToYears", { to: yearsTo(max) }) : t("pregnancyToMonths", { to: max });
  if (min === max) return t("months", { count: max });
  if (toYears && isWholeYearStart(min)) return t("yearsRange", { from: min / 12, to: yearsTo(max) });
  // An end in months with a whole-year start: both in months, so the range reads in one unit.
  if (!toYears) return t("monthsRange", { from: min, to: max });
  return t("monthsToYears", { from: min, to: yearsTo(max) });
}

/**
 * One Intl.NumberFormat per language and style, made once: constructing one costs about 100 µs, formatting
 * with it a few, and a page of result cards formats over a hundred numbers.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, digits: number | "asReported"): Intl.NumberFormat {
  const id = `${locale}:${digits}`;
  let format = numberFormats.get(id);
  if (!format) {
    const tag = locale === "nl" ? "nl-NL" : "en-GB";
    format = new Intl.NumberFormat(
      tag,
      digits === "asReported"
        ? { maximumFractionDigits: 10 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    numberFormats.set(id, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return numberFormat(locale, digits).format(value);
}

/**
 * "0,61 [0,42; 0,79]" in Dutch, "0.61 [0.42, 0.79]" in English; without a CI, the estimate alone.
 * asReported keeps the digits a source reported (a published meta-analysis is never re-rounded).
 */
export function formatEstimate(
  estimate: number,
  lower: number | null,
  upper: number | null,
  locale: Locale,
  options: { asReported?: boolean } = {},
): string {
  const num = (v: number) =>
    options.asReported ? numberFormat(locale, "asReported").format(v) : formatNumber(v, locale);
  if (lower === null || upper === null) return num(estimate);
  const sep = locale === "nl" ? ";" : ",";
  return `${num(estimate)} [${num(lower)}${sep} ${num(upper)}]`;
}

/** Partial ISO dates ("2019", "2019-06", "2019-06-14") as words. */
export function formatPartialDate(value: string | null, locale: Locale): string {
  if (!value) return "—";
  const [y, m, d] = value.split("-").map(Number);
  const tag = locale === "nl" ? "nl-NL" : "en-GB";
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d || 1));
  return new Intl.DateTimeFormat(tag, {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    ...(d ? { day: "numeric" } : {}),
  }).format(date);
}
