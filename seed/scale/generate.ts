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
 * from them by lib/evidence/compute.ts exactly as for entries made in the app.
 */
import type {
  Availability,
  EvidenceLevel,
  PreventionLevel,
  RiskOfBias,
  StudyDesign,
} from "../../generated/prisma/enums";
import { effectFromInputs } from "../../lib/evidence/compute";
import { pooledSd } from "../../lib/stats/effect-size";
import { addYears, RECOGNITION_VALID_YEARS } from "../../lib/partial-date";
import { outcomeDomains as outcomeTaxonomy } from "../curated/taxonomy";
import { Random } from "./random";
import { addToGroup, pooledRow, type PoolGroup, type PooledRow } from "./pooled";
import { StatsError } from "../../lib/stats/pool";
import {
  audiences,
  brandPrefixes,
  brands,
  brandSuffixes,
  countries,
  designTitle,
  dutchSurnames,
  EFFECTIVE_LEVELS,
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
    costPerFamilyEur: (number | null)[];
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
  };
  riskFactorLinks: { riskFactorId: number[]; targetGroupOf: number[] };
  recognitions: {
    interventionOf: number[];
    isRecognised: boolean[];
    decidedOn: string[];
    expiresOn: (string | null)[];
    justification: string[];
  };
  ratingEvents: {
    interventionOf: number[];
    toLevel: EvidenceLevel[];
    toRecognised: boolean[];
    justification: string[];
    decidedOn: string[];
  };
  studies: {
    interventionOf: number[];
    citation: string[];
    year: number[];
    design: StudyDesign[];
    country: string[];
    sampleSize: number[];
    followUpMonths: (number | null)[];
    riskOfBias: RiskOfBias[];
  };
  effectSizes: {
    studyOf: number[];
    outcomeDomainId: number[];
    /** JSON of the MEANS inputs { m1, sd1, n1, m2, sd2, n2 }. */
    inputs: string[];
    yi: number[];
    vi: number[];
    sampleSize: number[];
    higherIsBetter: boolean[];
    outcomeLabel: string[];
  };
  pooledEffects: {
    interventionOf: number[];
    outcomeDomainId: number[];
    k: number[];
    totalN: (number | null)[];
    estimate: number[];
    se: number[];
    ciLower: number[];
    ciUpper: number[];
    piLower: (number | null)[];
    piUpper: (number | null)[];
    tau2: number[];
    i2: number[];
    q: number[];
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
      costPerFamilyEur: [],
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
    },
    riskFactorLinks: { riskFactorId: [], targetGroupOf: [] },
    recognitions: { interventionOf: [], isRecognised: [], decidedOn: [], expiresOn: [], justification: [] },
    ratingEvents: { interventionOf: [], toLevel: [], toRecognised: [], justification: [], decidedOn: [] },
    studies: {
      interventionOf: [],
      citation: [],
      year: [],
      design: [],
      country: [],
      sampleSize: [],
      followUpMonths: [],
      riskOfBias: [],
    },
    effectSizes: {
      studyOf: [],
      outcomeDomainId: [],
      inputs: [],
      yi: [],
      vi: [],
      sampleSize: [],
      higherIsBetter: [],
      outcomeLabel: [],
    },
    pooledEffects: {
      interventionOf: [],
      outcomeDomainId: [],
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
 * seed); recognitions are mostly recent, so about one in six is past its five-year re-review date then.
 */
const REVIEW_FROM = Date.UTC(2012, 0, 1);
const REFERENCE_DATE = Date.UTC(2026, 5, 30);
const RECOGNITION_RECENT_FROM = Date.UTC(2021, 6, 1);
const DAY = 86_400_000;
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

type Cell = { inputs: string; yi: number; vi: number; sampleSize: number; higherIsBetter: boolean; label: string };

/** Redraws because REML did not converge (reported by the loader). */
export const redraws = { count: 0 };

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
    inputs: JSON.stringify(inputs),
    yi: effect.yi,
    vi: effect.vi,
    sampleSize: analysed,
    higherIsBetter,
    label: instrument.label,
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
      const tg = b.targetGroups.interventionOf.length;
      b.targetGroups.interventionOf.push(local);
      b.targetGroups.preventionLevel.push(preventionLevel);
      b.targetGroups.ageMinMonths.push(ageMin);
      b.targetGroups.ageMaxMonths.push(ageMax);
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
    i.costPerFamilyEur.push(hasCost ? Math.round((sessionsMax * rng.uniform(40, 150)) / 10) * 10 : null);
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

    // Rating, recognition and its history (one decision per rated intervention).
    const rated = level !== "NIET_BEOORDEELD";
    let reviewedOn: Date | null = null;
    if (rated) {
      const recognised = EFFECTIVE_LEVELS.includes(level) && rng.chance(0.6);
      reviewedOn = randomDay(
        rng,
        recognised && rng.chance(0.85) ? RECOGNITION_RECENT_FROM : REVIEW_FROM,
        REFERENCE_DATE,
      );
      const decidedOn = isoDate(reviewedOn);
      const [justNl] = levelJustification[level];
      b.recognitions.interventionOf.push(local);
      b.recognitions.isRecognised.push(recognised);
      b.recognitions.decidedOn.push(decidedOn);
      b.recognitions.expiresOn.push(recognised ? isoDate(addYears(reviewedOn, RECOGNITION_VALID_YEARS)) : null);
      b.recognitions.justification.push(recognised ? `${justNl} Erkend als effectief (synthetisch).` : justNl);
      b.ratingEvents.interventionOf.push(local);
      b.ratingEvents.toLevel.push(level);
      b.ratingEvents.toRecognised.push(recognised);
      b.ratingEvents.justification.push(recognised ? `${justNl} Erkend als effectief (synthetisch).` : justNl);
      b.ratingEvents.decidedOn.push(decidedOn);
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
    const studies: { sampleSize: number; outcomes: number[] }[] = [];
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
      studies.push({ sampleSize: Math.round(rng.logUniform(40, 400)), outcomes: chosen });
    }
    const firstStudy = b.studies.interventionOf.length;
    const cells = new Map<string, Cell>();
    outcomes.forEach((slug, j) => {
      const outcome = lookups.outcome.get(slug);
      if (!outcome) throw new Error(`Unknown outcome ${slug}`);
      const theta = mu + rng.normal(0, 0.05);
      const reporting = studies.map((st, k) => ({ st, k })).filter(({ st }) => st.outcomes.includes(j));
      // REML (Fisher scoring, as in metafor) occasionally fails to converge on an unlucky draw; the app
      // could not store such a set either (recomputePooledEffects would throw), so draw it again.
      for (let attempt = 1; ; attempt++) {
        const group: PoolGroup = { yi: [], vi: [], n: [] };
        const drawn = reporting.map(({ st, k }) => {
          const cell = drawEffect(rng, slug, outcome.higherIsBetter, theta + tau * rng.normal(), st.sampleSize);
          addToGroup(
            group,
            {
              measure: "SMD",
              yi: cell.yi,
              vi: cell.vi,
              higherIsBetter: outcome.higherIsBetter,
              sampleSize: cell.sampleSize,
            },
            st.sampleSize,
          );
          return { k, cell };
        });
        let row: PooledRow;
        try {
          row = pooledRow(group);
        } catch (error) {
          if (error instanceof StatsError && error.code === "not_converged" && attempt < 20) {
            redraws.count += 1;
            continue;
          }
          throw error;
        }
        for (const { k, cell } of drawn) cells.set(`${k}:${j}`, cell);
        const p = b.pooledEffects;
        p.interventionOf.push(local);
        p.outcomeDomainId.push(outcome.id);
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
        break;
      }
    });

    studies.forEach((st, k) => {
      const country = rng.weighted(countries);
      const design = rng.weighted([
        ["RCT", 55],
        ["QUASI_EXPERIMENTAL", 27],
        ["PRE_POST", 18],
      ] as const);
      const year = rng.int(1998, reviewedOn ? Math.max(1998, reviewedOn.getUTCFullYear()) : 2025);
      const titleOutcomes = st.outcomes.map((j) => lcFirst(outcomeNameEn.get(outcomes[j]) ?? outcomes[j]));
      const programme = nameEn.includes(":") ? nameEn.split(":")[0] : lcFirst(nameEn);
      const firstPage = rng.int(1, 900);
      b.studies.interventionOf.push(local);
      b.studies.citation.push(
        `${authors(rng, country)} (${year}). Effects of ${programme} on ${joinEn(titleOutcomes)}: ${designTitle[design]}. ` +
          `${rng.pick(journals)}, ${rng.int(3, 48)}(${rng.int(1, 6)}), ${firstPage}–${firstPage + rng.int(8, 24)}.`,
      );
      b.studies.year.push(year);
      b.studies.design.push(design);
      b.studies.country.push(country);
      b.studies.sampleSize.push(st.sampleSize);
      b.studies.followUpMonths.push(
        rng.weighted([
          [0, 30],
          [3, 15],
          [6, 20],
          [12, 25],
          [24, 10],
        ] as const),
      );
      b.studies.riskOfBias.push(
        rng.weighted([
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
        e.inputs.push(cell.inputs);
        e.yi.push(cell.yi);
        e.vi.push(cell.vi);
        e.sampleSize.push(cell.sampleSize);
        e.higherIsBetter.push(cell.higherIsBetter);
        e.outcomeLabel.push(cell.label);
      }
    });
  }
  return b;
}
