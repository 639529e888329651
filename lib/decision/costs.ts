/**
 * The cost calculator (issue "decision support"): families to reach × cost per family = budget; with a
 * headline SMD, the number needed to treat (Kraemer and Kupfer, lib/evidence/plain-language.ts) and the cost
 * per additional family helped = cost per family × NNT, with its interval from the NNT's. An approximation:
 * it assumes the trial's effect carries over to these families and that everyone reached takes part fully.
 * Pure and browser-safe.
 */
import { plainLanguageEffect } from "../evidence/plain-language";

export type CostInput = {
  families: number;
  costPerFamily: number;
  /** Headline SMD on the chosen outcome with its CI, when known. */
  effect: { estimate: number; ciLower: number | null; ciUpper: number | null } | null;
};

export type CostResult = {
  budget: number;
  /** Null without a beneficial effect (g ≤ 0): no number of families gives one more helped. */
  nnt: { estimate: number; lower: number | null; upper: number | null } | null;
  /** cost × NNT; upper null when the CI of g includes no effect (the interval is unbounded). */
  costPerFamilyHelped: { estimate: number; lower: number | null; upper: number | null } | null;
  /** Expected number of additional families helped: families / NNT. */
  familiesHelped: number | null;
};

export function calculateCosts({ families, costPerFamily, effect }: CostInput): CostResult {
  const budget = families * costPerFamily;
  if (!effect || !(effect.estimate > 0)) {
    return { budget, nnt: null, costPerFamilyHelped: null, familiesHelped: null };
  }
  const { nnt } = plainLanguageEffect(effect.estimate, effect.ciLower, effect.ciUpper, null);
  const times = (value: number | null) => (value === null ? null : value * costPerFamily);
  return {
    budget,
    nnt: { estimate: nnt.estimate, lower: nnt.lower, upper: nnt.upper },
    costPerFamilyHelped: { estimate: nnt.estimate * costPerFamily, lower: times(nnt.lower), upper: times(nnt.upper) },
    familiesHelped: families / nnt.estimate,
  };
}
