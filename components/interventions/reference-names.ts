import type { Locale } from "@/lib/i18n/locale";

export type NamedSlug = { slug: string; nameNl: string; nameEn: string };
export type ReferenceNames = { riskFactors: NamedSlug[]; outcomes: NamedSlug[]; deliveryModes: NamedSlug[] };

/** slug -> display name in the current language, for one reference list. */
export function namesOf(list: NamedSlug[], locale: Locale): Record<string, string> {
  return Object.fromEntries(list.map((e) => [e.slug, locale === "en" ? e.nameEn : e.nameNl]));
}
