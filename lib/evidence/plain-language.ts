/**
 * What a standardised mean difference g means for families, in numbers and words. Pure and browser-safe.
 * - Cohen's U3 = Φ(g): the share of families with the intervention that do better than the average family
 *   without it (50% is no effect).
 * - The number needed to treat of Kraemer and Kupfer (2006), NNT = 1 / (2Φ(g/√2) − 1): how many families
 *   must take part for one more of them to do better than they would have without it.
 * Both assume normally distributed outcomes with equal spread, so they are approximations; their intervals
 * are the formulas applied to the bounds of g's CI (both are monotone in g).
 * The size word follows the usual bounds of Cohen's d, with the Health Council's "bescheiden" for 0.2–0.5.
 */
import { pnorm } from "../stats/distributions";
import type { CertaintyLevel, LocalText } from "./certainty";
import { effectSentence, effectSizeWord, type EffectSizeWord } from "./effect-words";

export { effectSizeWord, type EffectSizeWord };

/** Cohen's U3 in percent: Φ(g)·100. */
export function cohensU3(g: number): number {
  return 100 * pnorm(g);
}

/**
 * Kraemer and Kupfer's NNT: 1 / (2Φ(g/√2) − 1). Infinite at g = 0 (no effect: no number of families is
 * enough); negative for a harmful effect (then it is a number needed to harm).
 */
export function numberNeededToTreat(g: number): number {
  const auc = 2 * pnorm(g / Math.SQRT2) - 1;
  return auc === 0 ? Number.POSITIVE_INFINITY : 1 / auc;
}

export type PlainLanguageEffect = {
  sizeWord: EffectSizeWord;
  u3: { estimate: number; ciLower: number | null; ciUpper: number | null };
  /**
   * The NNT with its interval. When the CI of g includes 0, the interval runs through infinity: from the
   * NNT at the upper bound to infinity and on to a number needed to harm; upper is then null and
   * harmAtLower gives the number needed to harm at the lower bound.
   */
  nnt: { estimate: number; lower: number | null; upper: number | null; harmAtLower: number | null };
  /** "bescheiden effect, lage zekerheid" / "modest effect, low certainty". */
  summary: LocalText;
};

export function plainLanguageEffect(
  g: number,
  ciLower: number | null,
  ciUpper: number | null,
  certainty: CertaintyLevel | null,
): PlainLanguageEffect {
  const sizeWord = effectSizeWord(g);
  const hasCi = ciLower !== null && ciUpper !== null;
  const crosses = hasCi && ciLower <= 0 && ciUpper >= 0;
  const summary = effectSentence(g, certainty);
  let nnt: PlainLanguageEffect["nnt"];
  if (!hasCi) nnt = { estimate: numberNeededToTreat(g), lower: null, upper: null, harmAtLower: null };
  else if (crosses) {
    nnt = {
      estimate: numberNeededToTreat(g),
      lower: ciUpper > 0 ? numberNeededToTreat(ciUpper) : null,
      upper: null,
      harmAtLower: ciLower < 0 ? -numberNeededToTreat(ciLower) : null,
    };
  } else {
    // NNT falls as g grows: the upper bound of g gives the lower NNT.
    const a = numberNeededToTreat(ciUpper);
    const b = numberNeededToTreat(ciLower);
    nnt = { estimate: numberNeededToTreat(g), lower: Math.min(a, b), upper: Math.max(a, b), harmAtLower: null };
  }
  return {
    sizeWord,
    u3: {
      estimate: cohensU3(g),
      ciLower: hasCi ? cohensU3(ciLower) : null,
      ciUpper: hasCi ? cohensU3(ciUpper) : null,
    },
    nnt,
    summary,
  };
}
