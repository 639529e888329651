/**
 * Pure generation of the synthetic scale data set, batch by batch, as columns ready for the bulk inserts
 * in seed/scale/bulk.ts. Rows refer to each other by their index within the batch; the loader maps those
 * indexes to database ids. Nothing here touches the database.
 *
 * Effects: every intervention has a true effect μ ~ N(0.2, 0.15²) on the benefit SMD scale (around 0 for
 * "niet effectief"), each of its 1–4 outcomes θ ~ N(μ, 0.05²), each study θᵢ ~ N(θ, τ²) with τ ~ U(0, 0.15)
 * per intervention (a random-effects model), and the observed d ~ N(θᵢ, vᵢ) with vᵢ from the study's
 * sample size (40–400, log-uniform, 0–15 % attrition per outcome). The stored raw inputs are group means and
 * SDs on a real instrument's scale (lower is better where the outcome says so), and yi/vi are computed
 * from them by lib/evidence/compute.ts exactly as for entries made in the app. About one in ten
 * interventions with several studies (and a few with one) has a published meta-analysis among them instead of
 * a primary study: an estimate of θ with its 95% CI as reported (two decimals, in the outcome's own
 * direction), never pooled again. The headline effect of each outcome comes from lib/evidence/pooling.ts
 * (see seed/scale/pooled.ts).
 *
 * Dutch recognition: Goed onderbouwd and the three Effectief levels are erkend (in herbeoordeling for about
 * half of the decisions past their five-year re-review date), Niet effectief is niet erkend, and Goed
 * beschreven and Niet beoordeeld have no recognition decision (no Recognition row).
 */
import type {
  AdviceGroup,
  Availability,
  EffectInputForm,
  EvidenceLevel,
  HeadlineBasis,
  PreventionLevel,
  RecognitionStatus,
  RiskOfBias,
  StudyDesign,
} from "../../generated/prisma/enums";
import { effectFromInputs } from "../../lib/evidence/compute";
import { pooledSd } from "../../lib/stats/effect-size";
import { addYears, RECOGNITION_VALID_YEARS } from "../../lib/partial-date";
import { EFFECTIVE_LEVELS, isRecognisedAsEffective } from "../../lib/intervention/recognition";
import { outcomeDomains as outcomeTaxonomy } from "../curated/taxonomy";
import { Random } from "./random";
import { headlineRow, type HeadlineInput } from "./pooled";
import {
  adviceGroupWeights,
  audiences,
  brandPrefixes,
  brands,
  brandSuffixes,
  countries,
  designTitle,
  dutchSurnames,
  evidenceLevelWeights,
  initials,
  instruments,
  journals,
  levelJustification,
  organisationKinds,
  organisationTopics,
  otherSurnames,
  preventionLevelNames,
  preventionLevelWeights,
  regions,
  researchWeight,
  sessionWords,
  statusJustification,
  syntheticCommittees,
  themes,
  type Audience,
  type Theme,
} from "./vocabulary";

export type Lookups = {
  riskFactor: Map<string, number>;
  outcome: Map<string, { id: number; higherIsBetter: boolean }>;
  delivery: Map<string, number>;
};

/** Decided once for the whole run: the level of every intervention and how many effect sizes it gets. */
export type Plan = { levels: EvidenceLevel[]; effectCounts: Int32Array };

export function makePlan(rng: Random, interventions: number, effects: number): Plan {
  if (effects < interventions)
    throw new Error("--effects must be at least --interventions (each intervention has at least one effect size)");
  const levels: EvidenceLevel[] = new Array(interventions);
  const weights = new Float64Array(interventions);
  let total = 0;
  for (let i = 0; i < interventions; i++) {
    levels[i] = rng.weighted(evidenceLevelWeights);
    weights[i] = researchWeight[levels[i]] * Math.exp(rng.normal(0, 0.5));
    total += weights[i];
  }
  // Everyone gets one; the rest is shared in proportion to the weights (largest remainders get the leftovers).
  const effectCounts = new Int32Array(interventions).fill(1);
  const rest = effects - interventions;
  const fractions: { i: number; f: number }[] = [];
  let given = 0;
  for (let i = 0; i < interventions; i++) {
    const share = (rest * weights[i]) / total;
    const whole = Math.floor(share);
    effectCounts[i] += whole;
    given += whole;
    fractions.push({ i, f: share - whole });
  }
  fractions.sort((a, b) => b.f - a.f || a.i - b.i);
  for (let j = 0; j < rest - given; j++) effectCounts[fractions[j].i] += 1;
  return { levels, effectCounts };
}

/** One batch as columns. `*Of` arrays hold indexes into the parent rows of the same batch. */
export type Batch = {
  interventions: {
    slug: string[];
    nameNl: string[];
    nameEn: string[];
    summaryNl: string[];
    summaryEn: string[];
    /** Index into `themes` (aims and provider texts are sent once per statement as a dictionary). */
    theme: number[];
    provider: number[];
    intensityNl: string[];
    intensityEn: string[];
    sessionsMin: number[];
    sessionsMax: number[];
    durationWeeksMin: number[];
    durationWeeksMax: number[];
    costPerFamily: (number | null)[];
    costCurrency: (string | null)[];
    costYear: (number | null)[];
    ownerOrganisation: string[];
    availabilityNl: Availability[];
    evidenceLevel: EvidenceLevel[];
    lastReviewedOn: (string | null)[];
  };
  deliveryLinks: { deliveryModeId: number[]; interventionOf: number[] };
  targetGroups: {
    interventionOf: number[];
    preventionLevel: PreventionLevel[];
    ageMinMonths: (number | null)[];
    ageMaxMonths: (number | null)[];
    descriptionNl: string[];
    descriptionEn: string[];
    /** The Health Council's target groups of each target group, in the enum's order. */
    adviceGroups: AdviceGroup[][];
  };
  riskFactorLinks: { riskFactorId: number[]; targetGroupOf: number[] };
  /** Only for interventions with a Dutch recognition decision (erkend, in herbeoordeling, niet erkend). */
  recognitions: {
    interventionOf: number[];
    status: RecognitionStatus[];
    level: (EvidenceLevel | null)[];
    isRecognised: boolean[];
    committee: (string | null)[];
    decidedOn: string[];
    expiresOn: (string | null)[];
    justification: string[];
  };
  ratingEvents: {
    interventionOf: number[];
    toLevel: EvidenceLevel[];
    toRecognised: boolean[];
    /** From ONBEKEND (no decision known before) to this; ONBEKEND again for a level without a decision. */
    toStatus: RecognitionStatus[];
    committee: (string | null)[];
    justification: string[];
    decidedOn: string[];
  };
  studies: {
    interventionOf: number[];
    citation: string[];
    year: number[];
    design: StudyDesign[];
    country: (string | null)[];
    sampleSize: number[];
    /** Primary studies of a meta-analysis; null for primary studies. */
    studiesCount: (number | null)[];
    followUpMonths: (number | null)[];
    riskOfBias: RiskOfBias[];
  };
  effectSizes: {
    studyOf: number[];
    outcomeDomainId: number[];
    inputForm: EffectInputForm[];
    /** JSON of the inputs: MEANS { m1, sd1, n1, m2, sd2, n2 } or ESTIMATE_CI { estimate, ciLower, ciUpper }. */
    inputs: string[];
    yi: number[];
    vi: number[];
    reportedEstimate: (number | null)[];
    reportedCiLower: (number | null)[];
    reportedCiUpper: (number | null)[];
    reportedText: (string | null)[];
    sampleSize: number[];
    higherIsBetter: boolean[];
    outcomeLabel: string[];
  };
  /** Headline effects as lib/evidence/pooling.ts headlineEffect() gives them; sourceStudyOf indexes studies. */
  pooledEffects: {
    interventionOf: number[];
    outcomeDomainId: number[];
    basis: HeadlineBasis[];
    sourceStudyOf: (number | null)[];
    method: string[];
    k: number[];
    totalN: (number | null)[];
    estimate: number[];
    se: (number | null)[];
    ciLower: (number | null)[];
    ciUpper: (number | null)[];
    piLower: (number | null)[];
    piUpper: (number | null)[];
    tau2: (number | null)[];
    i2: (number | null)[];
    q: (number | null)[];
    certainty: string[];
    /** JSON text of the stored reasons (codes and their numbers). */
    certaintyReasons: string[];
  };
};

function emptyBatch(): Batch {
  return {
    interventions: {
      slug: [],
      nameNl: [],
      nameEn: [],
      summaryNl: [],
      summaryEn: [],
      theme: [],
      provider: [],
      intensityNl: [],
      intensityEn: [],
      sessionsMin: [],
      sessionsMax: [],
      durationWeeksMin: [],
      durationWeeksMax: [],
      costPerFamily: [],
      costCurrency: [],
      costYear: [],
      ownerOrganisation: [],
      availabilityNl: [],
      evidenceLevel: [],
      lastReviewedOn: [],
    },
    deliveryLinks: { deliveryModeId: [], interventionOf: [] },
    targetGroups: {
      interventionOf: [],
      preventionLevel: [],
      ageMinMonths: [],
      ageMaxMonths: [],
      descriptionNl: [],
      descriptionEn: [],
      adviceGroups: [],
    },
    riskFactorLinks: { riskFactorId: [], targetGroupOf: [] },
    recognitions: {
      interventionOf: [],
      status: [],
      level: [],
      isRecognised: [],
      committee: [],
      decidedOn: [],
      expiresOn: [],
      justification: [],
    },
    ratingEvents: {
      interventionOf: [],
      toLevel: [],
      toRecognised: [],
      toStatus: [],
      committee: [],
      justification: [],
      decidedOn: [],
    },
    studies: {
      interventionOf: [],
      citation: [],
      year: [],
      design: [],
      country: [],
      sampleSize: [],
      studiesCount: [],
      followUpMonths: [],
      riskOfBias: [],
    },
    effectSizes: {
      studyOf: [],
      outcomeDomainId: [],
      inputForm: [],
      inputs: [],
      yi: [],
      vi: [],
      reportedEstimate: [],
      reportedCiLower: [],
      reportedCiUpper: [],
      reportedText: [],
      sampleSize: [],
      higherIsBetter: [],
      outcomeLabel: [],
    },
    pooledEffects: {
      interventionOf: [],
      outcomeDomainId: [],
      basis: [],
      sourceStudyOf: [],
      method: [],
      k: [],
      totalN: [],
      estimate: [],
      se: [],
      ciLower: [],
      ciUpper: [],
      piLower: [],
      piUpper: [],
      tau2: [],
      i2: [],
      q: [],
      certainty: [],
      certaintyReasons: [],
    },
  };
}

/** All providers of all themes, flattened: the provider dictionary sent with each statement. */
export const providerDictionary = themes.flatMap((t) => t.providers);
const providerOffset = themes.map((_, i) => themes.slice(0, i).reduce((n, t) => n + t.providers.length, 0));

const outcomeNameEn = new Map(outcomeTaxonomy.map((o) => [o.slug, o.nameEn]));
const riskFactorNames = new Map<string, readonly [string, string]>();

export function setRiskFactorNames(entries: { slug: string; nameNl: string; nameEn: string }[]) {
  for (const e of entries) riskFactorNames.set(e.slug, [e.nameNl, e.nameEn]);
}

const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Rating decisions fall between 2012 and a fixed reference date (fixed so the data set depends only on the
 * seed); recognitions (erkend) are mostly recent, so about one in ten is past its five-year re-review date
 * then, and about half of those are in herbeoordeling.
 */
const REVIEW_FROM = Date.UTC(2012, 0, 1);
const REFERENCE_DATE = Date.UTC(2026, 5, 30);
const RECOGNITION_RECENT_FROM = Date.UTC(2021, 6, 1);
const DAY = 86_400_000;
const Z95 = 1.959963984540054;
/** Levels that are erkend: Goed onderbouwd and the three Effectief levels. */
const ERKEND_LEVELS: readonly EvidenceLevel[] = ["GOED_ONDERBOUWD", ...EFFECTIVE_LEVELS];
const randomDay = (rng: Random, from: number, to: number) =>
  new Date(from + Math.floor(rng.next() * ((to - from) / DAY)) * DAY);

function ageRange(rng: Random, audience: Audience): [number | null, number | null] {
  const [lo, hi] = audience.ages;
  const step = (x: number) => (Math.abs(x) >= 24 ? 6 : 1);
  let min = lo <= -9 ? -9 : lo + step(lo) * Math.round(rng.normal(0, 1));
  let max = hi >= 216 ? 216 : hi + step(hi) * Math.round(rng.normal(0, 1.5));
  min = clamp(min, -9, 216);
  max = clamp(max, -9, 216);
  if (max < min) [min, max] = [max, min];
  return [min, rng.chance(0.03) ? null : max];
}

function authors(rng: Random, country: string): string {
  const names = country === "NL" || country === "BE" ? dutchSurnames : otherSurnames;
  const count = rng.weighted([
    [1, 10],
    [2, 25],
    [3, 30],
    [4, 25],
    [5, 10],
  ] as const);
  // Dutch particles stay lower case in Dutch references ("de Wit, I.").
  const list = rng.sampleDistinct(names, count).map((n) => `${n}, ${rng.pick([...initials])}.`);
  if (list.length === 1) return list[0];
  return `${list.slice(0, -1).join(", ")}, & ${list[list.length - 1]}`;
}

function joinEn(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

type Cell = {
  inputForm: EffectInputForm;
  inputs: string;
  yi: number;
  vi: number;
  reported: { estimate: number; ciLower: number; ciUpper: number; text: string } | null;
  sampleSize: number;
  higherIsBetter: boolean;
  label: string;
};

/**
 * One study's effect on one outcome: the true study effect θᵢ (benefit SMD), 0–15 % attrition, an observed
 * d ~ N(θᵢ, vᵢ), and group means/SDs on one of the outcome's instruments that give exactly that d.
 */
function drawEffect(rng: Random, slug: string, higherIsBetter: boolean, thetaStudy: number, randomised: number): Cell {
  const analysed = Math.max(20, Math.round(randomised * rng.uniform(0.85, 1)));
  const n1 = Math.round(analysed * rng.uniform(0.45, 0.55));
  const n2 = analysed - n1;
  const vApprox = 1 / n1 + 1 / n2 + (thetaStudy * thetaStudy) / (2 * analysed);
  const d = thetaStudy + Math.sqrt(vApprox) * rng.normal();
  const instrument = rng.pick(instruments[slug]);
  const digits = instrument.sd < 1 ? 3 : 2;
  const sd1 = round(instrument.sd * rng.uniform(0.85, 1.15), digits);
  const sd2 = round(instrument.sd * rng.uniform(0.85, 1.15), digits);
  const m2 = round(instrument.mean + rng.normal(0, 0.1 * instrument.sd), digits);
  const m1 = round(m2 + (higherIsBetter ? 1 : -1) * d * pooledSd({ sd1, n1, sd2, n2 }), digits);
  const inputs = { m1, sd1, n1, m2, sd2, n2 };
  const effect = effectFromInputs("SMD", "MEANS", inputs);
  if (!effect) throw new Error("MEANS inputs gave no effect size");
  return {
    inputForm: "MEANS",
    inputs: JSON.stringify(inputs),
    yi: effect.yi,
    vi: effect.vi,
    reported: null,
    sampleSize: analysed,
    higherIsBetter,
    label: instrument.label,
  };
}

/** -0 as 0 (a negated rounded zero), so that nothing depends on the sign of zero. */
const noNegativeZero = (x: number) => x || 0;

/**
 * A published meta-analysis's result on one outcome, as it reports it: the random-effects estimate of θ from
 * `studiesCount` studies of `totalN` participants (its SE from the per-study size and τ), and its 95% CI,
 * rounded to two decimals and in the outcome's own direction (negative = benefit where lower is better).
 */
function drawMetaEffect(
  rng: Random,
  slug: string,
  higherIsBetter: boolean,
  theta: number,
  tau: number,
  studiesCount: number,
  totalN: number,
): Cell {
  const se = Math.sqrt((4 / (totalN / studiesCount) + tau * tau) / studiesCount);
  const benefit = round(theta + se * rng.normal(), 2);
  const half = Math.max(0.01, round(Z95 * se, 2));
  const sign = higherIsBetter ? 1 : -1;
  const estimate = noNegativeZero(sign * benefit);
  const ciLower = noNegativeZero(round(estimate - half, 2));
  const ciUpper = noNegativeZero(round(estimate + half, 2));
  const inputs = { estimate, ciLower, ciUpper };
  const effect = effectFromInputs("SMD", "ESTIMATE_CI", inputs);
  if (!effect) throw new Error("ESTIMATE_CI inputs gave no effect size");
  const g = (x: number) => x.toFixed(2);
  return {
    inputForm: "ESTIMATE_CI",
    inputs: JSON.stringify(inputs),
    yi: effect.yi,
    vi: effect.vi,
    reported: {
      estimate,
      ciLower,
      ciUpper,
      text: `g = ${g(estimate)} (95% CI ${g(ciLower)} to ${g(ciUpper)}), ${studiesCount} studies, N = ${totalN} (synthetic)`,
    },
    sampleSize: totalN,
    higherIsBetter,
    label: `${rng.pick(instruments[slug]).label} and comparable measures (pooled)`,
  };
}

export type GenerateContext = { lookups: Lookups; plan: Plan };

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Generates interventions [start, start + count) of the plan. Yields to the event loop every `yieldEvery`
 * interventions so that the loader can keep the database busy with the previous batch meanwhile.
 */
export async function generateBatch(
  rng: Random,
  ctx: GenerateContext,
  start: number,
  count: number,
  yieldEvery = 250,
): Promise<Batch> {
  const b = emptyBatch();
  const { lookups, plan } = ctx;
  // Sorted: the data must not depend on the order the database returned the taxonomy in.
  const allDelivery = [...lookups.delivery.keys()].sort();
  const allRisk = [...lookups.riskFactor.keys()].sort();

  for (let local = 0; local < count; local++) {
    if (local > 0 && local % yieldEvery === 0) await nextTick();
    const index = start + local;
    const level = plan.levels[index];
    const themeIndex = rng.int(0, themes.length - 1);
    const theme: Theme = themes[themeIndex];
    const providerIndex = rng.int(0, theme.providers.length - 1);
    const provider = theme.providers[providerIndex];

    // Target groups (the first one's audience names the intervention).
    const groupCount = rng.weighted([
      [1, 55],
      [2, 33],
      [3, 12],
    ] as const);
    const audienceKeys = rng.sampleDistinct(theme.audiences, groupCount, 0.6);
    while (audienceKeys.length < groupCount) audienceKeys.push(audienceKeys[0]);
    for (const key of audienceKeys) {
      const audience: Audience = audiences[key];
      const preventionLevel = rng.weighted(preventionLevelWeights);
      const [ageMin, ageMax] = ageRange(rng, audience);
      const wanted =
        preventionLevel === "UNIVERSAL"
          ? 0
          : preventionLevel === "SELECTIVE"
            ? rng.int(1, 3)
            : preventionLevel === "INDICATED"
              ? rng.int(1, 4)
              : rng.int(0, 3);
      const risks = new Set<string>(preventionLevel === "UNIVERSAL" ? [] : (audience.riskFactors ?? []));
      for (let tries = 0; risks.size < wanted && tries < 20; tries++) {
        risks.add(rng.chance(0.75) ? rng.pick(theme.riskFactors) : rng.pick(allRisk));
      }
      // "Families with risk factors" only where the group names risk factors.
      let advice = rng
        .weighted(adviceGroupWeights[preventionLevel])
        .filter((a) => a !== "RISK_FACTORS" || risks.size > 0);
      if (advice.length === 0) advice = [preventionLevel === "SELECTIVE" ? "ASKS_FOR_SUPPORT" : "MALTREATMENT_OCCURS"];
      const tg = b.targetGroups.interventionOf.length;
      b.targetGroups.interventionOf.push(local);
      b.targetGroups.preventionLevel.push(preventionLevel);
      b.targetGroups.ageMinMonths.push(ageMin);
      b.targetGroups.ageMaxMonths.push(ageMax);
      b.targetGroups.adviceGroups.push(advice);
      const riskList = [...risks];
      const [levelNl, levelEn] = preventionLevelNames[preventionLevel];
      const riskNl = riskList.map((s) => lcFirst(riskFactorNames.get(s)?.[0] ?? s));
      const riskEn = riskList.map((s) => lcFirst(riskFactorNames.get(s)?.[1] ?? s));
      b.targetGroups.descriptionNl.push(
        `${levelNl}: ${audience.nl}${riskNl.length ? `; risicofactoren: ${riskNl.join(", ")}` : ""}`,
      );
      b.targetGroups.descriptionEn.push(
        `${levelEn}: ${audience.en}${riskEn.length ? `; risk factors: ${riskEn.join(", ")}` : ""}`,
      );
      for (const slug of riskList) {
        const id = lookups.riskFactor.get(slug);
        if (id === undefined) throw new Error(`Unknown risk factor ${slug}`);
        b.riskFactorLinks.riskFactorId.push(id);
        b.riskFactorLinks.targetGroupOf.push(tg);
      }
    }

    // Names and texts.
    const audience: Audience = audiences[audienceKeys[0]];
    let nameNl = `${theme.nl} voor ${audience.nl}`;
    let nameEn = `${theme.en} for ${audience.en}`;
    // Most programmes have a name of their own: a translated one ("Samen Sterk" / "Stronger Together") or
    // an invented compound used in both languages ("HechtKompas").
    const naming = rng.weighted([
      ["plain", 30],
      ["translated", 25],
      ["compound", 45],
    ] as const);
    if (naming !== "plain") {
      const [brandNl, brandEn] =
        naming === "translated"
          ? rng.pick(brands)
          : Array(2).fill(`${rng.pick(brandPrefixes)}${rng.pick(brandSuffixes)}`);
      nameNl = `${brandNl}: ${lcFirst(nameNl)}`;
      nameEn = `${brandEn}: ${lcFirst(nameEn)}`;
    }
    const deliveryCount = rng.weighted([
      [1, 45],
      [2, 40],
      [3, 15],
    ] as const);
    const delivery = rng.sampleDistinct(theme.delivery, deliveryCount, 0.5);
    if (delivery.length < deliveryCount) {
      const extra = rng.pick(allDelivery);
      if (!delivery.includes(extra)) delivery.push(extra);
    }
    for (const slug of delivery) {
      const id = lookups.delivery.get(slug);
      if (id === undefined) throw new Error(`Unknown delivery mode ${slug}`);
      b.deliveryLinks.deliveryModeId.push(id);
      b.deliveryLinks.interventionOf.push(local);
    }
    const [wordNl, wordEn] = sessionWords[delivery[0]] ?? ["sessies", "sessions"];
    const sessionsMin = rng.int(theme.sessions[0], theme.sessions[1]);
    const sessionsMax = rng.chance(0.6)
      ? sessionsMin
      : sessionsMin + rng.int(1, Math.max(2, Math.round(sessionsMin / 2)));
    const weeksMin = Math.max(1, rng.int(theme.weeks[0], theme.weeks[1]));
    const weeksMax = rng.chance(0.6) ? weeksMin : weeksMin + rng.int(2, 8);
    const minutes = rng.pick(theme.minutes);
    const sessionsNl = sessionsMin === sessionsMax ? `${sessionsMin}` : `${sessionsMin} tot ${sessionsMax}`;
    const sessionsEn = sessionsMin === sessionsMax ? `${sessionsMin}` : `${sessionsMin} to ${sessionsMax}`;
    const weeksNl = weeksMin === weeksMax ? `${weeksMin}` : `${weeksMin} tot ${weeksMax}`;
    const weeksEn = weeksMin === weeksMax ? `${weeksMin}` : `${weeksMin} to ${weeksMax}`;
    const i = b.interventions;
    i.slug.push(`demo-${String(index + 1).padStart(6, "0")}`);
    i.nameNl.push(nameNl);
    i.nameEn.push(nameEn);
    i.summaryNl.push(
      `Programma van ${sessionsNl} ${wordNl} in ${weeksNl} weken waarin ${provider.nl} ${theme.activityNl}.`,
    );
    i.summaryEn.push(
      `Programme of ${sessionsEn} ${wordEn} over ${weeksEn} weeks in which ${provider.en} ${theme.activityEn}.`,
    );
    i.theme.push(themeIndex);
    i.provider.push(providerOffset[themeIndex] + providerIndex);
    i.intensityNl.push(`${sessionsNl} ${wordNl} van ongeveer ${minutes} minuten`);
    i.intensityEn.push(`${sessionsEn} ${wordEn} of about ${minutes} minutes`);
    i.sessionsMin.push(sessionsMin);
    i.sessionsMax.push(sessionsMax);
    i.durationWeeksMin.push(weeksMin);
    i.durationWeeksMax.push(weeksMax);
    const hasCost = rng.chance(0.85);
    i.costPerFamily.push(hasCost ? Math.round((sessionsMax * rng.uniform(40, 150)) / 10) * 10 : null);
    i.costCurrency.push(hasCost ? "EUR" : null);
    i.costYear.push(hasCost ? rng.int(2019, 2025) : null);
    i.ownerOrganisation.push(
      `${rng.pick(organisationKinds)} ${rng.pick(organisationTopics)} ${rng.pick(regions)} (demo)`,
    );
    i.availabilityNl.push(
      rng.weighted([
        ["AVAILABLE", 70],
        ["LIMITED", 12],
        ["NOT_AVAILABLE", 6],
        ["UNKNOWN", 12],
      ] as const),
    );
    i.evidenceLevel.push(level);

    // Rating, recognition and its history (one decision per rated intervention, from "no decision known").
    const rated = level !== "NIET_BEOORDEELD";
    let reviewedOn: Date | null = null;
    if (rated) {
      let status: RecognitionStatus = ERKEND_LEVELS.includes(level)
        ? "ERKEND"
        : level === "NIET_EFFECTIEF"
          ? "NIET_ERKEND"
          : "ONBEKEND";
      reviewedOn = randomDay(
        rng,
        status === "ERKEND" && rng.chance(0.85) ? RECOGNITION_RECENT_FROM : REVIEW_FROM,
        REFERENCE_DATE,
      );
      const reReview = addYears(reviewedOn, RECOGNITION_VALID_YEARS);
      if (status === "ERKEND" && reReview.getTime() <= REFERENCE_DATE && rng.chance(0.5)) status = "IN_HERBEOORDELING";
      // In herbeoordeling keeps the level it was recognised at; niet erkend has none.
      const recognitionLevel = status === "ERKEND" || status === "IN_HERBEOORDELING" ? level : null;
      const recognised = isRecognisedAsEffective(status, recognitionLevel);
      const decidedOn = isoDate(reviewedOn);
      const committee = status === "ONBEKEND" ? null : rng.pick(syntheticCommittees);
      const [justNl] = levelJustification[level];
      const justification =
        status === "ONBEKEND"
          ? justNl
          : `${justNl} ${statusJustification[status === "ERKEND" && recognised ? "ERKEND_EFFECTIEF" : status]}`;
      if (status !== "ONBEKEND") {
        const r = b.recognitions;
        r.interventionOf.push(local);
        r.status.push(status);
        r.level.push(recognitionLevel);
        r.isRecognised.push(recognised);
        r.committee.push(committee);
        r.decidedOn.push(decidedOn);
        r.expiresOn.push(status === "NIET_ERKEND" ? null : isoDate(reReview));
        r.justification.push(justification);
      }
      const e = b.ratingEvents;
      e.interventionOf.push(local);
      e.toLevel.push(level);
      e.toRecognised.push(recognised);
      e.toStatus.push(status);
      e.committee.push(committee);
      e.justification.push(justification);
      e.decidedOn.push(decidedOn);
    }
    i.lastReviewedOn.push(reviewedOn ? isoDate(reviewedOn) : null);

    // Studies and effect sizes: first the studies (which outcomes each reports), then the effects per outcome.
    const effectCount = plan.effectCounts[index];
    const outcomeCount = Math.min(
      effectCount,
      rng.weighted([
        [1, 25],
        [2, 35],
        [3, 25],
        [4, 15],
      ] as const),
    );
    const outcomes = rng.sampleDistinct(theme.outcomes, outcomeCount, 0.6);
    const mu = level === "NIET_EFFECTIEF" ? rng.normal(0, 0.05) : rng.normal(0.2, 0.15);
    const tau = rng.uniform(0, 0.15);
    const studies: { sampleSize: number; outcomes: number[]; studiesCount: number | null }[] = [];
    for (let remaining = effectCount; remaining > 0;) {
      const size = studies.length === 0 ? outcomes.length : Math.min(remaining, rng.int(1, outcomes.length));
      const chosen =
        size === outcomes.length
          ? outcomes.map((_, j) => j)
          : rng
              .sampleDistinct(
                outcomes.map((_, j) => j),
                size,
              )
              .sort((x, y) => x - y);
      remaining -= chosen.length;
      studies.push({ sampleSize: Math.round(rng.logUniform(40, 400)), outcomes: chosen, studiesCount: null });
    }
    // A published meta-analysis: the last of several studies (its outcomes reported by only the first study
    // get the meta-analysis as headline, the others a pool of the primary studies without it), or rarely
    // the only study.
    const metaIndex = studies.length >= 2 ? (rng.chance(0.1) ? studies.length - 1 : -1) : rng.chance(0.03) ? 0 : -1;
    if (metaIndex >= 0) {
      const meta = studies[metaIndex];
      meta.studiesCount = rng.int(4, 30);
      meta.sampleSize = Math.round(meta.studiesCount * rng.logUniform(60, 300));
    }
    const firstStudy = b.studies.interventionOf.length;
    const cells = new Map<string, Cell>();
    outcomes.forEach((slug, j) => {
      const outcome = lookups.outcome.get(slug);
      if (!outcome) throw new Error(`Unknown outcome ${slug}`);
      const theta = mu + rng.normal(0, 0.05);
      studies.forEach((st, k) => {
        if (!st.outcomes.includes(j)) return;
        const cell =
          st.studiesCount === null
            ? drawEffect(rng, slug, outcome.higherIsBetter, theta + tau * rng.normal(), st.sampleSize)
            : drawMetaEffect(rng, slug, outcome.higherIsBetter, theta, tau, st.studiesCount, st.sampleSize);
        cells.set(`${k}:${j}`, cell);
      });
    });

    // The headline inputs of each outcome, in the order the effect sizes are inserted (= their ids).
    const headlineInputs: HeadlineInput[][] = outcomes.map(() => []);
    studies.forEach((st, k) => {
      const isMeta = st.studiesCount !== null;
      const country = isMeta ? null : rng.weighted(countries);
      const design: StudyDesign = isMeta
        ? "META_ANALYSIS"
        : rng.weighted([
            ["RCT", 55],
            ["QUASI_EXPERIMENTAL", 27],
            ["PRE_POST", 18],
          ] as const);
      const firstYear = isMeta ? 2008 : 1998;
      const year = rng.int(firstYear, reviewedOn ? Math.max(firstYear, reviewedOn.getUTCFullYear()) : 2025);
      const titleOutcomes = st.outcomes.map((j) => lcFirst(outcomeNameEn.get(outcomes[j]) ?? outcomes[j]));
      const programme = nameEn.includes(":") ? nameEn.split(":")[0] : lcFirst(nameEn);
      const firstPage = rng.int(1, 900);
      const title = isMeta
        ? `Effects of ${programme} on ${joinEn(titleOutcomes)}: ${designTitle[design as keyof typeof designTitle]} of ${st.studiesCount} studies`
        : `Effects of ${programme} on ${joinEn(titleOutcomes)}: ${designTitle[design as keyof typeof designTitle]}`;
      b.studies.interventionOf.push(local);
      b.studies.citation.push(
        `${authors(rng, country ?? "")} (${year}). ${title}. ` +
          `${rng.pick(journals)}, ${rng.int(3, 48)}(${rng.int(1, 6)}), ${firstPage}–${firstPage + rng.int(8, 24)}.`,
      );
      b.studies.year.push(year);
      b.studies.design.push(design);
      b.studies.country.push(country);
      b.studies.sampleSize.push(st.sampleSize);
      b.studies.studiesCount.push(st.studiesCount);
      b.studies.followUpMonths.push(
        isMeta
          ? null
          : rng.weighted([
              [0, 30],
              [3, 15],
              [6, 20],
              [12, 25],
              [24, 10],
            ] as const),
      );
      b.studies.riskOfBias.push(
        isMeta
          ? "NOT_ASSESSED"
          : rng.weighted([
              ["LOW", 30],
              ["SOME_CONCERNS", 40],
              ["HIGH", 20],
              ["NOT_ASSESSED", 10],
            ] as const),
      );
      for (const j of st.outcomes) {
        const cell = cells.get(`${k}:${j}`)!;
        const e = b.effectSizes;
        e.studyOf.push(firstStudy + k);
        e.outcomeDomainId.push(lookups.outcome.get(outcomes[j])!.id);
        e.inputForm.push(cell.inputForm);
        e.inputs.push(cell.inputs);
        e.yi.push(cell.yi);
        e.vi.push(cell.vi);
        e.reportedEstimate.push(cell.reported?.estimate ?? null);
        e.reportedCiLower.push(cell.reported?.ciLower ?? null);
        e.reportedCiUpper.push(cell.reported?.ciUpper ?? null);
        e.reportedText.push(cell.reported?.text ?? null);
        e.sampleSize.push(cell.sampleSize);
        e.higherIsBetter.push(cell.higherIsBetter);
        e.outcomeLabel.push(cell.label);
        // What recomputePooledEffects() reads back for this row (studyId: the study's index in the batch).
        headlineInputs[j].push({
          studyId: firstStudy + k,
          design,
          studiesCount: st.studiesCount,
          year,
          measure: "SMD",
          yi: cell.yi,
          vi: cell.vi,
          reportedEstimate: cell.reported?.estimate ?? null,
          reportedCiLower: cell.reported?.ciLower ?? null,
          reportedCiUpper: cell.reported?.ciUpper ?? null,
          higherIsBetter: cell.higherIsBetter,
          n: cell.sampleSize,
          riskOfBias: b.studies.riskOfBias[b.studies.riskOfBias.length - 1],
          country,
        });
      }
    });

    outcomes.forEach((slug, j) => {
      const row = headlineRow(headlineInputs[j]);
      const p = b.pooledEffects;
      p.interventionOf.push(local);
      p.outcomeDomainId.push(lookups.outcome.get(slug)!.id);
      p.basis.push(row.basis);
      p.sourceStudyOf.push(row.sourceStudyId);
      p.method.push(row.method);
      p.k.push(row.k);
      p.totalN.push(row.totalN);
      p.estimate.push(row.estimate);
      p.se.push(row.se);
      p.ciLower.push(row.ciLower);
      p.ciUpper.push(row.ciUpper);
      p.piLower.push(row.piLower);
      p.piUpper.push(row.piUpper);
      p.tau2.push(row.tau2);
      p.i2.push(row.i2);
      p.q.push(row.q);
      p.certainty.push(row.certainty);
      p.certaintyReasons.push(JSON.stringify(row.certaintyReasons));
    });
  }
  return b;
}
