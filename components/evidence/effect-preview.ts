/**
 * One outcome's effect size and 95% CI from its reported statistics, computed in the browser with the
 * same functions as POST /api/v1/meta-analysis, and shown on the natural scale (ratios for OR and RR).
 */
import { studyEffect } from "@/lib/stats/meta-analysis";
import { studyInterval } from "@/lib/stats/effect-size";
import { RATIO_MEASURES, type Measure } from "@/lib/stats/constants";
import { measureIssues, type StudyInput } from "@/lib/stats/schemas";

export type EffectEstimate = { estimate: number; lower: number; upper: number };

/** The effect with its CI, or null while the statistics are incomplete or cannot give one. */
export function previewEffect(measure: Measure, statistics: Record<string, number> | null): EffectEstimate | null {
  if (!statistics) return null;
  const study = statistics as StudyInput;
  if (measureIssues(measure, study).length > 0) return null;
  try {
    const effect = studyEffect(measure, study);
    if (!Number.isFinite(effect.yi) || !(effect.vi > 0) || !Number.isFinite(effect.vi)) return null;
    const { ciLower, ciUpper } = studyInterval(effect);
    const natural = RATIO_MEASURES.includes(measure) ? Math.exp : (value: number) => value;
    return { estimate: natural(effect.yi), lower: natural(ciLower), upper: natural(ciUpper) };
  } catch {
    return null;
  }
}

export function formatEffectNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** Fills {name} placeholders of a translated text given to a client component. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
