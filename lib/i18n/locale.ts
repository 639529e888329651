/** Dutch by default; English on request, remembered in a cookie. Browser-safe. */
export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nl";
export const LOCALE_COOKIE = "effectwijzer-locale";

export function toLocale(value: string | undefined | null): Locale {
  return value === "en" ? "en" : defaultLocale;
}

/** Picks the text in the current language, falling back to the other one when a source has only one. */
export function pick(text: { nl: string | null; en: string | null }, locale: Locale): string | null {
  return (locale === "en" ? (text.en ?? text.nl) : (text.nl ?? text.en)) ?? null;
}
