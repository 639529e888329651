import { useLocale, useTranslations } from "next-intl";
import { plainLanguageEffect } from "@/lib/evidence/plain-language";
import type { CertaintyLevel } from "@/lib/evidence/certainty";
import { formatNumber } from "@/lib/format";

/**
 * Beside a headline SMD: its size and certainty in words, and what it means for 100 families (U3 and
 * Kraemer and Kupfer's NNT with their intervals), labelled as approximations with their formulas.
 */
export function PlainLanguageEffect({
  g,
  ciLower,
  ciUpper,
  certainty,
  compact = false,
}: {
  g: number;
  ciLower: number | null;
  ciUpper: number | null;
  certainty: CertaintyLevel | null;
  /** One line for tables: "Van 100 gezinnen ≈ 62 beter af · NNT ≈ 8 (benadering)". */
  compact?: boolean;
}) {
  const t = useTranslations("synthesis");
  const locale = useLocale() === "en" ? "en" : "nl";
  const effect = plainLanguageEffect(g, ciLower, ciUpper, certainty);
  const whole = (value: number) => formatNumber(value, locale, 0);
  const count = (value: number) =>
    Number.isFinite(value) ? formatNumber(Math.abs(value), locale, value < 10 ? 1 : 0) : "∞";
  const { u3, nnt } = effect;
  let nntText: string;
  if (g < 0) nntText = t("nntHarm", { nnt: count(nnt.estimate) });
  else if (nnt.upper === null && nnt.lower !== null) {
    nntText =
      nnt.harmAtLower !== null
        ? t("nntCrosses", { nnt: count(nnt.estimate), lower: count(nnt.lower), harm: count(nnt.harmAtLower) })
        : t("nntCrossesNoHarm", { nnt: count(nnt.estimate), lower: count(nnt.lower) });
  } else if (nnt.lower !== null && nnt.upper !== null) {
    nntText = t("nnt", { nnt: count(nnt.estimate), lower: count(nnt.lower), upper: count(nnt.upper) });
  } else nntText = t("nntNoCi", { nnt: count(nnt.estimate) });
  if (compact) {
    return (
      <span className="block text-xs text-slate-700" data-testid="plain-language-compact">
        {t("compact", { u3: whole(u3.estimate), nnt: g > 0 ? count(nnt.estimate) : "—" })}
      </span>
    );
  }
  return (
    <div className="mt-2 text-sm" data-testid="plain-language">
      <p className="font-semibold first-letter:uppercase">{effect.summary[locale]}</p>
      <p className="mt-1 font-medium">{t("plainTitle")}</p>
      <ul className="list-disc pl-5">
        <li>
          {u3.ciLower !== null && u3.ciUpper !== null
            ? t("u3", { u3: whole(u3.estimate), lower: whole(u3.ciLower), upper: whole(u3.ciUpper) })
            : t("u3NoCi", { u3: whole(u3.estimate) })}
        </li>
        <li>{nntText}</li>
      </ul>
      <p className="mt-1 text-xs text-slate-700">{t("approximation")}</p>
    </div>
  );
}
