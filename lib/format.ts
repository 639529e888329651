/** Display helpers shared by pages and the CSV export. Browser-safe. */
import type { Locale } from "./i18n/locale";

/** Child age in months as words. Upper bounds are stored as the last month ("up to 6 years" = 83). */
export function formatAgeMonths(months: number, locale: Locale, role: "from" | "to" = "from"): string {
  const nl = locale === "nl";
  if (months < 0) return nl ? `${-months} mnd vóór de geboorte` : `${-months} months before birth`;
  if (months === 0) return nl ? "geboorte" : "birth";
  const wholeYearsTo = role === "to" && (months + 1) % 12 === 0 && months >= 23;
  if (wholeYearsTo) return nl ? `${(months + 1) / 12 - 1} jaar` : `${(months + 1) / 12 - 1} years`;
  if (months < 24) return nl ? `${months} mnd` : `${months} months`;
  const years = months / 12;
  const text = new Intl.NumberFormat(nl ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 }).format(years);
  return nl ? `${text} jaar` : `${text} years`;
}

export function formatAgeRange(min: number | null, max: number | null, locale: Locale): string {
  const nl = locale === "nl";
  if (min === null && max === null) return nl ? "alle leeftijden" : "all ages";
  if (min === null) return `${nl ? "tot" : "up to"} ${formatAgeMonths(max!, locale, "to")}`;
  if (max === null) return `${nl ? "vanaf" : "from"} ${formatAgeMonths(min, locale)}`;
  return `${formatAgeMonths(min, locale)} ${nl ? "tot" : "to"} ${formatAgeMonths(max, locale, "to")}`;
}

export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** "0,61 [0,42; 0,79]" in Dutch, "0.61 [0.42, 0.79]" in English. */
export function formatEstimate(estimate: number, lower: number, upper: number, locale: Locale): string {
  const sep = locale === "nl" ? ";" : ",";
  return `${formatNumber(estimate, locale)} [${formatNumber(lower, locale)}${sep} ${formatNumber(upper, locale)}]`;
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
