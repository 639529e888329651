/**
 * What accepting an entry does to each headline effect: the effect now beside the effect after accepting
 * (the values accepting stores), with forest plots where the headline pools primary studies. The entry's
 * own rows in the "after" plot are marked.
 */
import { getTranslations } from "next-intl/server";
import type { EffectImpact as Impact } from "@/lib/curation/review-queries";
import { buildForest } from "@/lib/evidence/forest";
import { pick, type Locale } from "@/lib/i18n/locale";
import { HeadlineEffectText } from "@/components/interventions/effect-summary";
import { ForestPlot } from "@/components/evidence/forest-plot";

export async function EffectImpact({ impact, entryId, locale }: { impact: Impact[]; entryId: number; locale: Locale }) {
  const t = await getTranslations("admin.review.entry");
  return (
    <ul className="mt-3 space-y-6">
      {impact.map((item) => {
        const outcome = pick(item.outcome.name, locale)!;
        const label = (row: { studyId: number; label: string }) =>
          row.studyId === entryId ? `${row.label} (${t("thisEntry")})` : row.label;
        const forestBefore =
          item.before?.basis === "pooled"
            ? buildForest(item.forestBefore.map((r) => ({ ...r, label: label(r) })))
            : null;
        const forestAfter =
          item.after?.basis === "pooled" ? buildForest(item.forestAfter.map((r) => ({ ...r, label: label(r) }))) : null;
        const unchanged = item.before?.estimate === item.after?.estimate && item.before?.k === item.after?.k;
        return (
          <li key={item.outcome.slug} data-testid={`impact-${item.outcome.slug}`}>
            <h3 className="font-semibold">{outcome}</h3>
            <dl className="mt-1 grid gap-3 sm:grid-cols-2">
              <div className="rounded border border-slate-300 p-2" data-testid="impact-before">
                <dt className="text-sm font-medium text-slate-700">{t("before")}</dt>
                <dd>{item.before ? <HeadlineEffectText effect={item.before} /> : t("noHeadline")}</dd>
              </div>
              <div className="rounded border border-green-800 p-2" data-testid="impact-after">
                <dt className="text-sm font-medium text-slate-700">{t("after")}</dt>
                <dd>{item.after ? <HeadlineEffectText effect={item.after} /> : t("noHeadline")}</dd>
              </div>
            </dl>
            {unchanged && <p className="mt-1 text-sm text-slate-700">{t("unchanged")}</p>}
            {forestBefore && <ForestPlot forest={forestBefore} title={t("forestBefore", { outcome })} />}
            {forestAfter && <ForestPlot forest={forestAfter} title={t("forestAfter", { outcome })} />}
          </li>
        );
      })}
    </ul>
  );
}
