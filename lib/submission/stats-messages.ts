/**
 * Dutch wording of the statistics engine's input messages (lib/stats/schemas.ts speaks English, as the
 * public meta-analysis API does). The evidence-entry form shows them beside the fields in the page's
 * language; a message without a translation here is shown as it is. Browser-safe.
 */
const FORM_LABELS_NL: Record<string, string> = {
  "means and SDs (m1, sd1, n1, m2, sd2, n2)": "gemiddelden en SD's (m1, sd1, n1, m2, sd2, n2)",
  "a t statistic (t, n1, n2)": "een t-waarde (t, n1, n2)",
  "Cohen's d with group sizes (d, n1, n2)": "Cohens d met groepsgroottes (d, n1, n2)",
  "an F statistic (F, n1, n2, optional sign)": "een F-waarde (F, n1, n2, eventueel teken)",
  "2×2 counts (ai, bi, ci, di)": "2×2-aantallen (ai, bi, ci, di)",
  "an estimate with its 95% CI (estimate, ciLower, ciUpper)":
    "een schatting met 95%-betrouwbaarheidsinterval (estimate, ciLower, ciUpper)",
  "yi and vi": "yi en vi",
};

const formLabel = (english: string) => FORM_LABELS_NL[english] ?? english;
const formList = (english: string) => english.split("; ").map(formLabel).join("; ");

const GROUP_NL: Record<string, string> = { "1": "1 (interventie)", "2": "2 (controle)" };

const RULES: [RegExp, (...groups: string[]) => string][] = [
  [/^At least one of sd1 and sd2 must be greater than 0$/, () => "Minstens één van sd1 en sd2 moet groter zijn dan 0"],
  [/^Group (\d) has no participants$/, (g) => `Groep ${GROUP_NL[g] ?? g} heeft geen deelnemers`],
  [
    /^Hedges' g needs n1 \+ n2 ≥ 4 \(at least 2 degrees of freedom\)$/,
    () => "Voor Hedges' g is n1 + n2 ≥ 4 nodig (minstens 2 vrijheidsgraden)",
  ],
  [
    /^The CI must contain the estimate \(ciLower ≤ estimate\)$/,
    () => "Het BI moet de schatting bevatten (ciLower ≤ estimate)",
  ],
  [
    /^The CI must contain the estimate \(estimate ≤ ciUpper\)$/,
    () => "Het BI moet de schatting bevatten (estimate ≤ ciUpper)",
  ],
  [/^ciUpper must be greater than ciLower$/, () => "ciUpper moet groter zijn dan ciLower"],
  [
    /^(\w+) cannot be computed from (.+); use (.+)$/,
    (measure, form, options) =>
      `${measure} kan niet worden berekend uit ${formLabel(form)}; gebruik ${formList(options)}`,
  ],
  [/^(\w+) is not part of (.+)$/, (field, form) => `${field} hoort niet bij ${formLabel(form)}`],
  [/^A (\w+) must be greater than 0$/, (measure) => `Een ${measure} moet groter zijn dan 0`],
  [/^The CI of a (\w+) must lie above 0$/, (measure) => `Het BI van een ${measure} moet boven 0 liggen`],
  [/^Give exactly one input form: (.+)$/, (forms) => `Geef precies één invoervorm: ${formList(forms)}`],
  [
    /^Mixed input forms: this study already gives (.+); give only one form$/,
    (form) => `Gemengde invoervormen: deze uitkomst geeft al ${formLabel(form)}; geef er maar één`,
  ],
  [/^Required for (.+)$/, (form) => `Verplicht bij ${formLabel(form)}`],
  [/^n(\d) must be a whole number$/, (g) => `n${g} moet een geheel getal zijn`],
  [/^n(\d) must be at least 1$/, (g) => `n${g} moet minstens 1 zijn`],
  [/^sd(\d) cannot be negative$/, (g) => `sd${g} kan niet negatief zijn`],
  [/^Counts must be whole numbers$/, () => "Aantallen zijn gehele getallen"],
  [/^Counts cannot be negative$/, () => "Aantallen kunnen niet negatief zijn"],
];

/** The Dutch text of a statistics message, or the message itself when it is not one of the engine's. */
export function statisticsMessageNl(message: string): string {
  for (const [pattern, translate] of RULES) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return message;
}
