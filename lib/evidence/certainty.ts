/**
 * Certainty of a headline effect, GRADE-like, by fixed rules (issue "evidence synthesis", design: headline
 * effect). Pure and browser-safe. Starts high when at least half of the weight comes from randomised trials,
 * else low, and goes down one level per concern (two where a rule says so), never below very low:
 * - risk of bias: more than half of the weight from studies at high risk (not assessed counts as some concerns);
 * - inconsistency: I² ≥ 50% and the prediction interval crosses no effect while the CI does not (two levels
 *   when I² ≥ 75%);
 * - imprecision: the CI crosses no effect, or the total N is below 400 (two levels when both);
 * - publication bias: k ≥ 10 and Egger's test p < 0.10, or trim and fill moves the CI to cross no effect;
 * - indirectness: no study from the Netherlands or a comparable country.
 * A published meta-analysis's own estimate starts from its reported design mix and cannot be judged here
 * for risk of bias or inconsistency: it is at most moderate, and the reasons say so.
 */

export const CERTAINTY_LEVELS = ["high", "moderate", "low", "very-low"] as const;
export type CertaintyLevel = (typeof CERTAINTY_LEVELS)[number];

/** Countries whose families and services are comparable to the Dutch (ISO-like codes as studies store them). */
export const DEFAULT_COMPARABLE_COUNTRIES = ["NL", "BE", "DE", "UK", "IE", "DK", "NO", "SE", "FI"] as const;

export type CertaintyReasonCode =
  | "start-randomised"
  | "start-non-randomised"
  | "start-meta-analysis-randomised"
  | "start-meta-analysis-non-randomised"
  | "start-meta-analysis-unknown-design"
  | "risk-of-bias"
  | "inconsistency"
  | "inconsistency-serious"
  | "imprecision-ci"
  | "imprecision-sample"
  | "imprecision-both"
  | "publication-bias-egger"
  | "publication-bias-trimfill"
  | "indirectness"
  | "meta-analysis-not-judged"
  | "meta-analysis-capped"
  | "override";

export type LocalText = { nl: string; en: string };
/** A reason as stored with the headline: its code, how many levels it takes off, and the numbers it names. */
export type CertaintyReasonData = {
  code: CertaintyReasonCode;
  levels: number;
  params?: Record<string, number | string>;
};
/** A reason with its sentence in both languages. */
export type CertaintyReason = CertaintyReasonData & { text: LocalText };
export type Certainty = { level: CertaintyLevel; reasons: CertaintyReason[] };

export type CertaintyStudy = {
  /** Share of the headline's weight, 0–1 (one study alone: 1). */
  weight: number;
  randomised: boolean;
  riskOfBias: "LOW" | "SOME_CONCERNS" | "HIGH" | "NOT_ASSESSED";
  country: string | null;
};

export type CertaintyInput = {
  basis: "POOLED" | "META_ANALYSIS" | "SINGLE_STUDY";
  /** The studies behind the headline; for a meta-analysis, the meta-analysis itself (its country list may be empty). */
  studies: CertaintyStudy[];
  /** For a meta-analysis: the share of its primary studies that were randomised, as it reports it (null: unknown). */
  randomisedShare?: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  piLower: number | null;
  piUpper: number | null;
  /** Percent. */
  i2: number | null;
  k: number;
  totalN: number | null;
  /** Egger's test p-value (regtest, predictor sei), when k ≥ 10. */
  regtestP?: number | null;
  /** Trim and fill's CI after filling, when computed. */
  trimfillCi?: { lower: number; upper: number } | null;
  comparableCountries?: readonly string[];
};

const crossesNoEffect = (lower: number | null, upper: number | null) =>
  lower === null || upper === null ? null : lower <= 0 && upper >= 0;

const pct = (value: number) => `${Math.round(value)}%`;

type Params = Record<string, number | string>;
const num = (params: Params, key: string) => Number(params[key]);

/** The sentence of each reason, from the numbers stored with it. */
const REASON_TEXT: Record<CertaintyReasonCode, (p: Params) => LocalText> = {
  "start-randomised": (p) => ({
    nl: `Begint hoog: ${pct(num(p, "share"))} van het gewicht komt uit gerandomiseerde studies.`,
    en: `Starts high: ${pct(num(p, "share"))} of the weight comes from randomised trials.`,
  }),
  "start-non-randomised": (p) => ({
    nl: `Begint laag: minder dan de helft van het gewicht (${pct(num(p, "share"))}) komt uit gerandomiseerde studies.`,
    en: `Starts low: less than half of the weight (${pct(num(p, "share"))}) comes from randomised trials.`,
  }),
  "start-meta-analysis-randomised": (p) => ({
    nl: `Begint hoog: ${pct(num(p, "share"))} van de studies in de meta-analyse was gerandomiseerd.`,
    en: `Starts high: ${pct(num(p, "share"))} of the studies in the meta-analysis were randomised.`,
  }),
  "start-meta-analysis-non-randomised": (p) => ({
    nl: `Begint laag: maar ${pct(num(p, "share"))} van de studies in de meta-analyse was gerandomiseerd.`,
    en: `Starts low: only ${pct(num(p, "share"))} of the studies in the meta-analysis were randomised.`,
  }),
  "start-meta-analysis-unknown-design": () => ({
    nl: "Begint laag: de meta-analyse meldt niet hoeveel van haar studies gerandomiseerd waren.",
    en: "Starts low: the meta-analysis does not report how many of its studies were randomised.",
  }),
  "meta-analysis-not-judged": () => ({
    nl: "Risico op vertekening en inconsistentie zijn niet te beoordelen: het effect is de schatting van een gepubliceerde meta-analyse, niet hier berekend.",
    en: "Risk of bias and inconsistency cannot be judged: the effect is a published meta-analysis's own estimate, not computed here.",
  }),
  "risk-of-bias": (p) => ({
    nl: `Risico op vertekening: ${pct(num(p, "share"))} van het gewicht komt uit studies met een hoog risico op vertekening.`,
    en: `Risk of bias: ${pct(num(p, "share"))} of the weight comes from studies at high risk of bias.`,
  }),
  inconsistency: (p) => ({
    nl: `Inconsistentie: de studies verschillen sterk (I² = ${pct(num(p, "i2"))}); in een nieuwe setting kan het effect ook nul zijn.`,
    en: `Inconsistency: the studies differ a lot (I² = ${pct(num(p, "i2"))}); in a new setting the effect may also be zero.`,
  }),
  "inconsistency-serious": (p) => REASON_TEXT.inconsistency(p),
  "imprecision-both": (p) => ({
    nl: `Onnauwkeurigheid: het betrouwbaarheidsinterval omvat geen effect en er deden minder dan 400 deelnemers mee (${p.n}).`,
    en: `Imprecision: the confidence interval includes no effect and fewer than 400 participants took part (${p.n}).`,
  }),
  "imprecision-ci": (p) =>
    p.missing
      ? {
          nl: "Onnauwkeurigheid: er is geen betrouwbaarheidsinterval bekend.",
          en: "Imprecision: no confidence interval is known.",
        }
      : {
          nl: "Onnauwkeurigheid: het betrouwbaarheidsinterval omvat ook geen effect.",
          en: "Imprecision: the confidence interval also includes no effect.",
        },
  "imprecision-sample": (p) => ({
    nl: `Onnauwkeurigheid: minder dan 400 deelnemers (${p.n}).`,
    en: `Imprecision: fewer than 400 participants (${p.n}).`,
  }),
  "publication-bias-egger": (p) => ({
    nl: `Publicatiebias: Eggers test wijst op asymmetrie in de funnel plot (p = ${num(p, "p").toFixed(3)}).`,
    en: `Publication bias: Egger's test suggests funnel-plot asymmetry (p = ${num(p, "p").toFixed(3)}).`,
  }),
  "publication-bias-trimfill": () => ({
    nl: "Publicatiebias: na aanvullen van ontbrekende studies (trim-and-fill) omvat het betrouwbaarheidsinterval ook geen effect.",
    en: "Publication bias: after filling in missing studies (trim and fill) the confidence interval includes no effect.",
  }),
  indirectness: () => ({
    nl: "Indirectheid: van geen van de studies is bekend dat zij uit Nederland of een vergelijkbaar land komt.",
    en: "Indirectness: none of the studies is known to come from the Netherlands or a comparable country.",
  }),
  "meta-analysis-capped": () => ({
    nl: "Hooguit redelijk: zonder oordeel over vertekening en inconsistentie kan de zekerheid van een overgenomen meta-analyse niet hoog zijn.",
    en: "At most moderate: without a judgement on bias and inconsistency, a meta-analysis's reported estimate cannot have high certainty.",
  }),
  override: (p) => ({
    nl: `Aangepast door de redactie (${p.actor}, ${p.date}): ${p.reason}`,
    en: `Adjusted by the editors (${p.actor}, ${p.date}): ${p.reason}`,
  }),
};

/** The sentence of a stored reason, in both languages. */
export function describeReason(data: CertaintyReasonData): CertaintyReason {
  return { ...data, text: REASON_TEXT[data.code](data.params ?? {}) };
}

function reason(code: CertaintyReasonCode, levels: number, params?: Params): CertaintyReason {
  return describeReason(params ? { code, levels, params } : { code, levels });
}

/** The level `steps` below `start` (negative steps go up), kept within high … very low. */
function lower(start: CertaintyLevel, steps: number): CertaintyLevel {
  const index = Math.min(CERTAINTY_LEVELS.length - 1, Math.max(0, CERTAINTY_LEVELS.indexOf(start) + steps));
  return CERTAINTY_LEVELS[index];
}

export function assessCertainty(input: CertaintyInput): Certainty {
  const reasons: CertaintyReason[] = [];
  const isMetaAnalysis = input.basis === "META_ANALYSIS";
  const totalWeight = input.studies.reduce((sum, s) => sum + s.weight, 0) || 1;
  const share = (pick: (s: CertaintyStudy) => boolean) =>
    input.studies.filter(pick).reduce((sum, s) => sum + s.weight, 0) / totalWeight;

  let start: CertaintyLevel;
  if (isMetaAnalysis) {
    const randomised = input.randomisedShare ?? null;
    if (randomised === null) {
      start = "low";
      reasons.push(reason("start-meta-analysis-unknown-design", 0));
    } else {
      start = randomised >= 0.5 ? "high" : "low";
      const code = randomised >= 0.5 ? "start-meta-analysis-randomised" : "start-meta-analysis-non-randomised";
      reasons.push(reason(code, 0, { share: randomised * 100 }));
    }
    reasons.push(reason("meta-analysis-not-judged", 0));
  } else {
    const randomised = share((s) => s.randomised);
    start = randomised >= 0.5 ? "high" : "low";
    reasons.push(
      reason(randomised >= 0.5 ? "start-randomised" : "start-non-randomised", 0, { share: randomised * 100 }),
    );
    const highRisk = share((s) => s.riskOfBias === "HIGH");
    if (highRisk > 0.5) reasons.push(reason("risk-of-bias", 1, { share: highRisk * 100 }));
    const ciCrosses = crossesNoEffect(input.ciLower, input.ciUpper);
    const piCrosses = crossesNoEffect(input.piLower, input.piUpper);
    if (input.i2 !== null && input.i2 >= 50 && piCrosses === true && ciCrosses === false) {
      const serious = input.i2 >= 75;
      reasons.push(reason(serious ? "inconsistency-serious" : "inconsistency", serious ? 2 : 1, { i2: input.i2 }));
    }
  }

  const ciCrosses = crossesNoEffect(input.ciLower, input.ciUpper);
  const smallSample = input.totalN !== null && input.totalN < 400;
  if (ciCrosses === true && smallSample) reasons.push(reason("imprecision-both", 2, { n: input.totalN! }));
  else if (ciCrosses === null) reasons.push(reason("imprecision-ci", 1, { missing: 1 }));
  else if (ciCrosses === true) reasons.push(reason("imprecision-ci", 1));
  else if (smallSample) reasons.push(reason("imprecision-sample", 1, { n: input.totalN! }));

  if (input.k >= 10 && input.regtestP !== null && input.regtestP !== undefined && input.regtestP < 0.1) {
    reasons.push(reason("publication-bias-egger", 1, { p: input.regtestP }));
  } else if (
    input.trimfillCi &&
    ciCrosses === false &&
    crossesNoEffect(input.trimfillCi.lower, input.trimfillCi.upper)
  ) {
    reasons.push(reason("publication-bias-trimfill", 1));
  }

  const comparable = new Set((input.comparableCountries ?? DEFAULT_COMPARABLE_COUNTRIES).map((c) => c.toUpperCase()));
  const fromComparable = input.studies.some((s) => s.country !== null && comparable.has(s.country.toUpperCase()));
  if (!fromComparable) reasons.push(reason("indirectness", 1));

  let level = lower(
    start,
    reasons.reduce((sum, r) => sum + r.levels, 0),
  );
  if (isMetaAnalysis && CERTAINTY_LEVELS.indexOf(level) < CERTAINTY_LEVELS.indexOf("moderate")) {
    level = "moderate";
    reasons.push(reason("meta-analysis-capped", 1));
  }
  return { level, reasons };
}

/**
 * A curator's override on top of the computed certainty: the override's level, the computed reasons kept
 * (so the history of why stays visible) and the override's own reason added.
 */
export function applyOverride(
  computed: Certainty,
  override: { level: CertaintyLevel; reason: string; actorName: string; date: string } | null,
): Certainty {
  if (!override) return computed;
  return {
    level: override.level,
    reasons: [
      ...computed.reasons,
      reason("override", 0, { reason: override.reason, actor: override.actorName, date: override.date }),
    ],
  };
}

/** The database's CertaintyLevel enum and the levels' API slugs, both ways. */
export type DbCertaintyLevel = "HIGH" | "MODERATE" | "LOW" | "VERY_LOW";
export const CERTAINTY_TO_DB: Record<CertaintyLevel, DbCertaintyLevel> = {
  high: "HIGH",
  moderate: "MODERATE",
  low: "LOW",
  "very-low": "VERY_LOW",
};
export const CERTAINTY_FROM_DB: Record<DbCertaintyLevel, CertaintyLevel> = {
  HIGH: "high",
  MODERATE: "moderate",
  LOW: "low",
  VERY_LOW: "very-low",
};

/** A stored certainty (database level and reason data) as the API and pages show it; null when none. */
export function certaintyView(
  level: DbCertaintyLevel | null,
  reasons: unknown,
): { level: CertaintyLevel; reasons: { code: CertaintyReasonCode; text: LocalText }[] } | null {
  if (level === null) return null;
  return {
    level: CERTAINTY_FROM_DB[level],
    reasons: ((reasons ?? []) as CertaintyReasonData[]).map((reason) => {
      const { code, text } = describeReason(reason);
      return { code, text };
    }),
  };
}

export const CERTAINTY_WORDS: Record<CertaintyLevel, LocalText> = {
  high: { nl: "hoge zekerheid", en: "high certainty" },
  moderate: { nl: "redelijke zekerheid", en: "moderate certainty" },
  low: { nl: "lage zekerheid", en: "low certainty" },
  "very-low": { nl: "zeer lage zekerheid", en: "very low certainty" },
};

/** The level's name as the page shows it: hoog / redelijk / laag / zeer laag. */
export const CERTAINTY_LABELS: Record<CertaintyLevel, LocalText> = {
  high: { nl: "hoog", en: "high" },
  moderate: { nl: "redelijk", en: "moderate" },
  low: { nl: "laag", en: "low" },
  "very-low": { nl: "zeer laag", en: "very low" },
};
