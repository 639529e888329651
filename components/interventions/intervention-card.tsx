import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { InterventionListItem } from "@/lib/intervention/dto";
import { formatAgeRange } from "@/lib/format";
import { pick } from "@/lib/i18n/locale";
import { DemoMark, LevelBadge, RecognitionBadge, StaleMarker } from "./badges";
import { EffectSummary } from "./effect-summary";
import { CompareToggle } from "./compare-selection";

export function InterventionCard({
  item,
  outcomeNames,
  deliveryNames,
}: {
  item: InterventionListItem;
  outcomeNames: Record<string, string>;
  deliveryNames: Record<string, string>;
}) {
  const t = useTranslations("intervention");
  const tp = useTranslations("prevention");
  const tc = useTranslations("catalogue");
  const ta = useTranslations("adviceGroups");
  const tm = useTranslations("matchedOn");
  const locale = useLocale();
  const name = pick(item.name, locale)!;
  const effects = item.chosenEffect ? [item.chosenEffect] : item.pooledEffects.slice(0, 3);
  const levels = [...new Set(item.targetGroups.map((g) => g.preventionLevel))];
  return (
    <article className="rounded border border-slate-300 p-4" aria-labelledby={`result-${item.slug}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`result-${item.slug}`} className="text-lg font-semibold">
          <Link href={`/interventions/${item.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
            {name}
          </Link>
          {item.isDemo && <DemoMark />}
        </h3>
        <CompareToggle slug={item.slug} name={name} label={tc("compareAdd")} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <LevelBadge level={item.evidenceLevel} />
        <RecognitionBadge recognition={item.recognition} />
        <StaleMarker recognition={item.recognition} isStale={item.isStale} />
      </div>
      <p className="mt-2 text-slate-800">{pick(item.summary, locale)}</p>
      {item.matchedOn.length > 0 && (
        <p className="mt-1 text-sm text-slate-700" data-testid="matched-on">
          {tm("label")}: {item.matchedOn.map((f) => tm(f)).join(", ")}
        </p>
      )}
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {item.adviceGroups.length > 0 && (
          <>
            <dt className="font-medium">{tc("adviceGroup")}</dt>
            <dd>{item.adviceGroups.map((g) => ta(g)).join(" · ")}</dd>
          </>
        )}
        <dt className="font-medium">{t("targetGroups")}</dt>
        <dd>{levels.map((l) => tp(l)).join(" · ") || "—"}</dd>
        <dt className="font-medium">{t("age")}</dt>
        <dd>
          {item.targetGroups.length
            ? [...new Set(item.targetGroups.map((g) => formatAgeRange(g.ageMinMonths, g.ageMaxMonths, locale)))].join(
                " · ",
              )
            : t("ageAny")}
        </dd>
        {item.deliveryModes.length > 0 && (
          <>
            <dt className="font-medium">{t("delivery")}</dt>
            <dd>{item.deliveryModes.map((d) => deliveryNames[d] ?? d).join(", ")}</dd>
          </>
        )}
      </dl>
      <div className="mt-2 space-y-1" aria-label={t("effect")}>
        {effects.length ? (
          effects.map((e) => (
            <EffectSummary key={e.outcome} effect={e} outcomeName={outcomeNames[e.outcome] ?? e.outcome} />
          ))
        ) : (
          <p className="text-sm text-slate-700">{t("noEffect")}</p>
        )}
      </div>
    </article>
  );
}
