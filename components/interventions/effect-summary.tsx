import { useLocale } from "next-intl";
import type { PooledEffectDto } from "@/lib/intervention/dto";
import { formatEstimate, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locale";
import { effectSentence } from "@/lib/evidence/effect-words";
import { useTextsOnce } from "./texts-once";

/** "Bescheiden effect, lage zekerheid": the size in a word and the certainty, capitalised. */
function EffectInWords({ effect }: { effect: PooledEffectDto }) {
  const locale = toLocale(useLocale());
  const sentence = effectSentence(effect.estimate, effect.certainty?.level ?? null)[locale];
  return (
    <span className="block font-medium text-slate-800" data-testid="effect-words">
      {sentence.charAt(0).toUpperCase() + sentence.slice(1)}
    </span>
  );
}

/**
 * Where a headline effect comes from, in words: "Gepoold uit 3 studies (REML)", "Uitkomst van een
 * gepubliceerde meta-analyse (k = 50, zoals gerapporteerd)", "Eén studie". A meta-analysis whose number of
 * studies is not known is never shown as "k = 1". `method` is the pooling method when the page knows it.
 */
export function EffectBasis({ effect, method }: { effect: PooledEffectDto; method?: string }): string {
  const t = useTextsOnce("headline");
  switch (effect.basis) {
    case "pooled":
      return method ? t("pooledMethod", { k: effect.k, method }) : t("pooled", { k: effect.k });
    case "meta-analysis":
      return effect.k > 1 ? t("metaAnalysis", { k: effect.k }) : t("metaAnalysisNoK");
    default:
      return t("singleStudy");
  }
}

/** g with its CI (as reported for a published meta-analysis, never re-rounded), or the estimate alone. */
function effectText(effect: PooledEffectDto, locale: "nl" | "en"): string {
  const asReported = effect.basis === "meta-analysis";
  return `g = ${formatEstimate(effect.estimate, effect.ciLower, effect.ciUpper, locale, { asReported })}`;
}

/** The headline effect as text for tables: g with its CI, then its basis and N, without the bar. */
export function HeadlineEffectText({ effect }: { effect: PooledEffectDto }) {
  const t = useTextsOnce("headline");
  const locale = toLocale(useLocale());
  return (
    <>
      <span className="tabular-nums">{effectText(effect, locale)}</span>
      {(effect.ciLower === null || effect.ciUpper === null) && ` (${t("noCi")})`}
      <EffectInWords effect={effect} />
      <span className="block text-slate-700">
        <EffectBasis effect={effect} />
        {effect.totalN !== null && ` · ${t("totalN", { n: formatNumber(effect.totalN, locale, 0) })}`}
      </span>
    </>
  );
}

/**
 * The magnitude beside every rating: the headline g with its CI, its basis in words, N when known, and a
 * small interval bar on a fixed -1..2 scale. On the detail page `study` links the meta-analysis or single
 * study the headline comes from to its entry further down.
 */
export function EffectSummary({
  effect,
  outcomeName,
  method,
  study,
}: {
  effect: PooledEffectDto;
  outcomeName: string;
  method?: string;
  study?: { href: string; label: string };
}) {
  const t = useTextsOnce("headline");
  const locale = toLocale(useLocale());
  const text = effectText(effect, locale);
  const hasCi = effect.ciLower !== null && effect.ciUpper !== null;
  // Positions to a hundredth of the bar's 100 units (a fraction of a pixel): a card no longer carries
  // seventeen digits per coordinate, twice (in the HTML and in the page's component data).
  const x = (v: number) => Math.round(Math.max(0, Math.min(100, ((v + 1) / 3) * 100)) * 100) / 100;
  return (
    <div className="text-sm">
      <span className="font-medium">{outcomeName}:</span> <span className="tabular-nums">{text}</span>
      {!hasCi && <span className="text-slate-700"> ({t("noCi")})</span>}
      <EffectInWords effect={effect} />
      <span className="block text-slate-700">
        <EffectBasis effect={effect} method={method} />
        {effect.totalN !== null && ` · ${t("totalN", { n: formatNumber(effect.totalN, locale, 0) })}`}
        {study && (
          <>
            {" · "}
            {t("source")}:{" "}
            <a href={study.href} className="text-brand-700 underline">
              {study.label}
            </a>
          </>
        )}
      </span>
      <svg viewBox="0 0 100 8" className="mt-1 block h-2 w-40" aria-hidden="true" focusable="false">
        <line x1={x(0)} x2={x(0)} y1="0" y2="8" stroke="#475569" strokeWidth="0.8" />
        {hasCi && (
          <line x1={x(effect.ciLower!)} x2={x(effect.ciUpper!)} y1="4" y2="4" stroke="#0b5394" strokeWidth="2" />
        )}
        <circle cx={x(effect.estimate)} cy="4" r="2.5" fill="#08406f" />
      </svg>
    </div>
  );
}
