import { useLocale, useTranslations } from "next-intl";
import type { PooledEffectDto } from "@/lib/intervention/dto";
import { formatEstimate } from "@/lib/format";

/** The magnitude beside every rating: g with its CI, k and a small interval bar on a fixed -1..2 scale. */
export function EffectSummary({ effect, outcomeName }: { effect: PooledEffectDto; outcomeName: string }) {
  const t = useTranslations("intervention");
  const locale = useLocale();
  const text = `g = ${formatEstimate(effect.estimate, effect.ciLower, effect.ciUpper, locale)}`;
  const x = (v: number) => Math.max(0, Math.min(100, ((v + 1) / 3) * 100));
  return (
    <div className="text-sm">
      <span className="font-medium">{outcomeName}:</span> <span className="tabular-nums">{text}</span>{" "}
      <span className="text-slate-700">({t("studies", { k: effect.k })})</span>
      <svg viewBox="0 0 100 8" className="mt-1 block h-2 w-40" aria-hidden="true" focusable="false">
        <line x1={x(0)} x2={x(0)} y1="0" y2="8" stroke="#475569" strokeWidth="0.8" />
        <line x1={x(effect.ciLower)} x2={x(effect.ciUpper)} y1="4" y2="4" stroke="#0b5394" strokeWidth="2" />
        <circle cx={x(effect.estimate)} cy="4" r="2.5" fill="#08406f" />
      </svg>
    </div>
  );
}
