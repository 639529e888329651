/**
 * The server side of the costs: the calculator's texts translated for the browser, and the cost of an
 * intervention as a line of text with its currency, price year and source ("unknown" when no source gives
 * one; nothing is filled in).
 */
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locale";
import { formatCost, type CostFacts } from "@/lib/decision/costs-display";
import { ExternalLink } from "@/components/ui/external-link";
import type { CostCalculatorLabels } from "./cost-calculator";

export async function getCostCalculatorLabels(): Promise<CostCalculatorLabels> {
  const t = await getTranslations("decision.costs.calculator");
  const keys = [
    "title",
    "families",
    "costPerFamily",
    "fromSource",
    "own",
    "outcome",
    "fill",
    "invalid",
    "budget",
    "nnt",
    "nntOpen",
    "nntNoCi",
    "perHelped",
    "perHelpedOpen",
    "perHelpedNoCi",
    "helped",
    "noEffect",
    "noBenefit",
    "approximation",
  ] as const;
  // Raw templates: the browser fills in {families}, {cost} and the others itself.
  return Object.fromEntries(keys.map((key) => [key, t.raw(key) as string])) as CostCalculatorLabels;
}

/** "€ 1.250 (EUR, prijspeil 2024) · bron", or "Onbekend: …" with the curators' note when there is one. */
export async function CostText({ cost }: { cost: CostFacts }) {
  const t = await getTranslations("decision.costs");
  const locale = toLocale(await getLocale());
  const text = formatCost(cost, locale);
  return (
    <span data-testid="cost-text">
      {text ?? t("unknown")}
      {text &&
        (cost.sourceUrl ? (
          <>
            {" · "}
            <ExternalLink url={cost.sourceUrl}>{t("source")}</ExternalLink>
          </>
        ) : (
          <span className="text-slate-700"> · {t("noSource")}</span>
        ))}
      {cost.note && <span className="block text-slate-700">{cost.note}</span>}
    </span>
  );
}
