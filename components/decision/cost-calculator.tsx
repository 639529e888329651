"use client";

/**
 * The cost calculator (detail page and decision aid): families to reach × cost per family = budget; with a
 * headline SMD on the chosen outcome, the NNT with its interval and the cost per additional family helped
 * (cost × NNT), labelled as an approximation with its formulas and assumptions (lib/decision/costs.ts).
 * The sourced cost is filled in when there is one; otherwise the officer enters a quote or an estimate of
 * their own, and nothing is presented as sourced. Amounts stay in the source's currency. Texts come
 * translated from the server (no message catalogue in the browser).
 */
import { useId, useState } from "react";
import { calculateCosts } from "@/lib/decision/costs";
import { DEFAULT_CURRENCY, formatCost, formatMoneyRounded } from "@/lib/decision/costs-display";
import type { Locale } from "@/lib/i18n/locale";

export type CostCalculatorLabels = {
  title: string;
  families: string;
  /** With {currency}. */
  costPerFamily: string;
  /** With {cost}. */
  fromSource: string;
  own: string;
  outcome: string;
  fill: string;
  invalid: string;
  /** With {families}, {cost}, {budget}. */
  budget: string;
  /** With {nnt}, {lower}, {upper}. */
  nnt: string;
  nntOpen: string;
  nntNoCi: string;
  /** With {cost}, {lower}, {upper}. */
  perHelped: string;
  perHelpedOpen: string;
  perHelpedNoCi: string;
  /** With {n}. */
  helped: string;
  noEffect: string;
  noBenefit: string;
  approximation: string;
};

export type CalculatorEffect = {
  outcome: string;
  name: string;
  estimate: number;
  ciLower: number | null;
  ciUpper: number | null;
};

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

/** A positive number typed in either language's way ("1.250,50", "1250.5", "1,250"). */
function readAmount(value: string, locale: Locale): number | null {
  const trimmed = value.trim().replace(/\s/g, "");
  if (!trimmed) return null;
  const normalised =
    locale === "nl" ? trimmed.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".") : trimmed.replace(/,/g, "");
  const n = Number(normalised);
  return Number.isFinite(n) && n > 0 ? n : Number.NaN;
}

export function CostCalculator({
  cost,
  effects,
  initialOutcome,
  labels,
  locale,
}: {
  cost: { amount: number | null; currency: string | null; year: number | null };
  effects: CalculatorEffect[];
  initialOutcome?: string;
  labels: CostCalculatorLabels;
  locale: Locale;
}) {
  const id = useId();
  const currency = cost.currency ?? DEFAULT_CURRENCY;
  const sourced = formatCost(cost, locale);
  const [families, setFamilies] = useState("");
  const [amount, setAmount] = useState(
    cost.amount !== null ? String(cost.amount).replace(".", locale === "nl" ? "," : ".") : "",
  );
  const [outcome, setOutcome] = useState(
    initialOutcome && effects.some((e) => e.outcome === initialOutcome) ? initialOutcome : (effects[0]?.outcome ?? ""),
  );
  const effect = effects.find((e) => e.outcome === outcome) ?? null;

  const tag = locale === "nl" ? "nl-NL" : "en-GB";
  const count = (v: number) =>
    new Intl.NumberFormat(tag, { maximumFractionDigits: v < 10 ? 1 : 0, minimumFractionDigits: v < 10 ? 1 : 0 }).format(
      v,
    );
  const money = (v: number) => formatMoneyRounded(v, currency, locale);

  const n = readAmount(families, locale);
  const c = readAmount(amount, locale);
  const lines: string[] = [];
  if (n === null || c === null) lines.push(labels.fill);
  else if (Number.isNaN(n) || Number.isNaN(c)) lines.push(labels.invalid);
  else {
    const result = calculateCosts({ families: n, costPerFamily: c, effect });
    lines.push(
      fill(labels.budget, {
        families: new Intl.NumberFormat(tag).format(n),
        cost: money(c),
        budget: money(result.budget),
      }),
    );
    if (!effect) lines.push(labels.noEffect);
    else if (!result.nnt || !result.costPerFamilyHelped) lines.push(labels.noBenefit);
    else {
      const { nnt, costPerFamilyHelped: helped } = result;
      if (nnt.lower === null) {
        lines.push(fill(labels.nntNoCi, { nnt: count(nnt.estimate) }));
        lines.push(fill(labels.perHelpedNoCi, { cost: money(helped.estimate) }));
      } else if (nnt.upper === null) {
        lines.push(fill(labels.nntOpen, { nnt: count(nnt.estimate), lower: count(nnt.lower) }));
        lines.push(fill(labels.perHelpedOpen, { cost: money(helped.estimate), lower: money(helped.lower!) }));
      } else {
        lines.push(fill(labels.nnt, { nnt: count(nnt.estimate), lower: count(nnt.lower), upper: count(nnt.upper) }));
        lines.push(
          fill(labels.perHelped, {
            cost: money(helped.estimate),
            lower: money(helped.lower!),
            upper: money(helped.upper!),
          }),
        );
      }
      lines.push(fill(labels.helped, { n: count(result.familiesHelped!) }));
    }
  }

  return (
    <div className="mt-2 rounded border border-slate-300 p-3 text-sm" data-testid="cost-calculator">
      <p className="font-semibold">{labels.title}</p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-families`} className="block font-medium">
            {labels.families}
          </label>
          <input
            id={`${id}-families`}
            inputMode="numeric"
            value={families}
            onChange={(e) => setFamilies(e.target.value)}
            className="mt-1 w-32 rounded border border-slate-500 px-2 py-1"
          />
        </div>
        <div>
          <label htmlFor={`${id}-cost`} className="block font-medium">
            {fill(labels.costPerFamily, { currency })}
          </label>
          <input
            id={`${id}-cost`}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            aria-describedby={`${id}-cost-hint`}
            className="mt-1 w-32 rounded border border-slate-500 px-2 py-1"
          />
          <p id={`${id}-cost-hint`} className="mt-1 text-slate-700">
            {sourced ? fill(labels.fromSource, { cost: sourced }) : labels.own}
          </p>
        </div>
        {effects.length > 1 && (
          <div>
            <label htmlFor={`${id}-outcome`} className="block font-medium">
              {labels.outcome}
            </label>
            <select
              id={`${id}-outcome`}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value)}
              className="mt-1 rounded border border-slate-500 px-2 py-1"
            >
              {effects.map((e) => (
                <option key={e.outcome} value={e.outcome}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {effects.length === 1 && (
          <p>
            <span className="font-medium">{labels.outcome}:</span> {effects[0].name}
          </p>
        )}
      </div>
      <div aria-live="polite" className="mt-3 space-y-1" data-testid="cost-result">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p className="mt-2 text-xs text-slate-700">{labels.approximation}</p>
    </div>
  );
}
