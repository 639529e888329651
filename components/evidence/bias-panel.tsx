import { useLocale, useTranslations } from "next-intl";
import type { BiasDiagnostics } from "@/lib/evidence/bias";
import { formatEstimate, formatNumber } from "@/lib/format";
import { FunnelPlot } from "./funnel-plot";
import { LeaveOneOutPlot } from "./leave-one-out-plot";

/** The tests in words, the funnel plot and the leave-one-out plot of one pooled outcome (k ≥ 3). */
export function BiasPanel({ bias, outcome }: { bias: BiasDiagnostics; outcome: string }) {
  const t = useTranslations("synthesis");
  const locale = useLocale();
  const p = (value: number | null) => (value === null ? "—" : formatNumber(value, locale, 3));
  return (
    <details className="mt-3" data-testid="bias-panel">
      <summary className="cursor-pointer font-medium text-brand-700 underline">{t("biasTitle")}</summary>
      {bias.lowPower && (
        <p className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
          {t("lowPower", { k: bias.k })}
        </p>
      )}
      <ul className="mt-2 list-disc pl-5 text-sm">
        <li>
          {bias.egger.ok
            ? t("egger", { stat: formatNumber(bias.egger.value.stat, locale), p: p(bias.egger.value.pval) })
            : t("notComputed", { test: t("eggerName"), reason: bias.egger.reason })}
        </li>
        <li>
          {bias.rank.ok
            ? t("rank", { tau: formatNumber(bias.rank.value.tau, locale, 3), p: p(bias.rank.value.pval) })
            : t("notComputed", { test: t("rankName"), reason: bias.rank.reason })}
        </li>
        <li>
          {bias.trimfill.ok
            ? t("trimfill", {
                k0: bias.trimfill.value.k0,
                side: bias.trimfill.value.side === "left" ? t("sideLeft") : t("sideRight"),
                estimate: formatEstimate(
                  bias.trimfill.value.estimate,
                  bias.trimfill.value.ciLower,
                  bias.trimfill.value.ciUpper,
                  locale,
                ),
              })
            : t("notComputed", { test: t("trimfillName"), reason: bias.trimfill.reason })}
        </li>
      </ul>
      <FunnelPlot bias={bias} title={t("funnelTitle", { outcome })} />
      <LeaveOneOutPlot bias={bias} title={t("leaveOneOutTitle", { outcome })} />
    </details>
  );
}
