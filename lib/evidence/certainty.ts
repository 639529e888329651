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
export type CertaintyReason = { code: CertaintyReasonCode; levels: number; text: LocalText };
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

function reason(code: CertaintyReasonCode, levels: number, nl: string, en: string): CertaintyReason {
  return { code, levels, text: { nl, en } };
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
      reasons.push(
        reason(
          "start-meta-analysis-unknown-design",
          0,
          "Begint laag: de meta-analyse meldt niet hoeveel van haar studies gerandomiseerd waren.",
          "Starts low: the meta-analysis does not report how many of its studies were randomised.",
        ),
      );
    } else if (randomised >= 0.5) {
      start = "high";
      reasons.push(
        reason(
          "start-meta-analysis-randomised",
          0,
          `Begint hoog: ${pct(randomised * 100)} van de studies in de meta-analyse was gerandomiseerd.`,
          `Starts high: ${pct(randomised * 100)} of the studies in the meta-analysis were randomised.`,
        ),
      );
    } else {
      start = "low";
      reasons.push(
        reason(
          "start-meta-analysis-non-randomised",
          0,
          `Begint laag: maar ${pct(randomised * 100)} van de studies in de meta-analyse was gerandomiseerd.`,
          `Starts low: only ${pct(randomised * 100)} of the studies in the meta-analysis were randomised.`,
        ),
      );
    }
  } else {
    const randomised = share((s) => s.randomised);
    start = randomised >= 0.5 ? "high" : "low";
    reasons.push(
      randomised >= 0.5
        ? reason(
            "start-randomised",
            0,
            `Begint hoog: ${pct(randomised * 100)} van het gewicht komt uit gerandomiseerde studies.`,
            `Starts high: ${pct(randomised * 100)} of the weight comes from randomised trials.`,
          )
        : reason(
            "start-non-randomised",
            0,
            `Begint laag: minder dan de helft van het gewicht (${pct(randomised * 100)}) komt uit gerandomiseerde studies.`,
            `Starts low: less than half of the weight (${pct(randomised * 100)}) comes from randomised trials.`,
          ),
    );
  }

  if (isMetaAnalysis) {
    reasons.push(
      reason(
        "meta-analysis-not-judged",
        0,
        "Risico op vertekening en inconsistentie zijn niet te beoordelen: het effect is de schatting van een gepubliceerde meta-analyse, niet hier berekend.",
        "Risk of bias and inconsistency cannot be judged: the effect is a published meta-analysis's own estimate, not computed here.",
      ),
    );
  } else {
    const highRisk = share((s) => s.riskOfBias === "HIGH");
    if (highRisk > 0.5) {
      reasons.push(
        reason(
          "risk-of-bias",
          1,
          `Risico op vertekening: ${pct(highRisk * 100)} van het gewicht komt uit studies met een hoog risico op vertekening.`,
          `Risk of bias: ${pct(highRisk * 100)} of the weight comes from studies at high risk of bias.`,
        ),
      );
    }
    const ciCrosses = crossesNoEffect(input.ciLower, input.ciUpper);
    const piCrosses = crossesNoEffect(input.piLower, input.piUpper);
    if (input.i2 !== null && input.i2 >= 50 && piCrosses === true && ciCrosses === false) {
      const serious = input.i2 >= 75;
      reasons.push(
        reason(
          serious ? "inconsistency-serious" : "inconsistency",
          serious ? 2 : 1,
          `Inconsistentie: de studies verschillen sterk (I² = ${pct(input.i2)}); in een nieuwe setting kan het effect ook nul zijn.`,
          `Inconsistency: the studies differ a lot (I² = ${pct(input.i2)}); in a new setting the effect may also be zero.`,
        ),
      );
    }
  }

  const ciCrosses = crossesNoEffect(input.ciLower, input.ciUpper);
  const smallSample = input.totalN !== null && input.totalN < 400;
  if (ciCrosses === true && smallSample) {
    reasons.push(
      reason(
        "imprecision-both",
        2,
        `Onnauwkeurigheid: het betrouwbaarheidsinterval omvat geen effect en er deden minder dan 400 deelnemers mee (${input.totalN}).`,
        `Imprecision: the confidence interval includes no effect and fewer than 400 participants took part (${input.totalN}).`,
      ),
    );
  } else if (ciCrosses === true || ciCrosses === null) {
    reasons.push(
      reason(
        "imprecision-ci",
        1,
        ciCrosses === null
          ? "Onnauwkeurigheid: er is geen betrouwbaarheidsinterval bekend."
          : "Onnauwkeurigheid: het betrouwbaarheidsinterval omvat ook geen effect.",
        ciCrosses === null
          ? "Imprecision: no confidence interval is known."
          : "Imprecision: the confidence interval also includes no effect.",
      ),
    );
  } else if (smallSample) {
    reasons.push(
      reason(
        "imprecision-sample",
        1,
        `Onnauwkeurigheid: minder dan 400 deelnemers (${input.totalN}).`,
        `Imprecision: fewer than 400 participants (${input.totalN}).`,
      ),
    );
  }

  if (input.k >= 10 && input.regtestP !== null && input.regtestP !== undefined && input.regtestP < 0.1) {
    reasons.push(
      reason(
        "publication-bias-egger",
        1,
        `Publicatiebias: Eggers test wijst op asymmetrie in de funnel plot (p = ${input.regtestP.toFixed(3)}).`,
        `Publication bias: Egger's test suggests funnel-plot asymmetry (p = ${input.regtestP.toFixed(3)}).`,
      ),
    );
  } else if (
    input.trimfillCi &&
    ciCrosses === false &&
    crossesNoEffect(input.trimfillCi.lower, input.trimfillCi.upper)
  ) {
    reasons.push(
      reason(
        "publication-bias-trimfill",
        1,
        "Publicatiebias: na aanvullen van ontbrekende studies (trim-and-fill) omvat het betrouwbaarheidsinterval ook geen effect.",
        "Publication bias: after filling in missing studies (trim and fill) the confidence interval includes no effect.",
      ),
    );
  }

  const comparable = new Set((input.comparableCountries ?? DEFAULT_COMPARABLE_COUNTRIES).map((c) => c.toUpperCase()));
  const fromComparable = input.studies.some((s) => s.country !== null && comparable.has(s.country.toUpperCase()));
  if (!fromComparable) {
    reasons.push(
      reason(
        "indirectness",
        1,
        "Indirectheid: geen van de studies komt uit Nederland of een vergelijkbaar land.",
        "Indirectness: none of the studies comes from the Netherlands or a comparable country.",
      ),
    );
  }

  let level = lower(
    start,
    reasons.reduce((sum, r) => sum + r.levels, 0),
  );
  if (isMetaAnalysis && CERTAINTY_LEVELS.indexOf(level) < CERTAINTY_LEVELS.indexOf("moderate")) {
    level = "moderate";
    reasons.push(
      reason(
        "meta-analysis-capped",
        1,
        "Hooguit redelijk: zonder oordeel over vertekening en inconsistentie kan de zekerheid van een overgenomen meta-analyse niet hoog zijn.",
        "At most moderate: without a judgement on bias and inconsistency, a meta-analysis's reported estimate cannot have high certainty.",
      ),
    );
  }
  return { level, reasons };
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
