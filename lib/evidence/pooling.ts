/**
 * Keeps the headline effects (PooledEffect) in step with the accepted evidence: called inside the
 * transaction that changes it. Per intervention × outcome, on the SMD scale with positive = benefit
 * (design: headline effect):
 * 1. the REML random-effects pool of at least two primary studies (one effect per study, see onePerStudy);
 * 2. else a published meta-analysis's own estimate, with its k, N and CI exactly as reported (never
 *    re-pooled as k = 1 or re-rounded; oriented so that positive means benefit);
 * 3. else one primary study's effect with its 95% CI.
 */
import type { Db, Tx } from "../database/client";
import type { Prisma } from "../../generated/prisma/client";
import type {
  CertaintyLevel as DbCertaintyLevel,
  EffectMeasure,
  HeadlineBasis,
  RiskOfBias,
  StudyDesign,
} from "../../generated/prisma/enums";
import { onePerStudy, poolRandomEffects, toBenefitSmd } from "./compute";
import type { EffectSize } from "../stats/effect-size";
import type { PooledResult } from "../stats/pool";
import { sameData } from "../same-data";
import {
  applyOverride,
  assessCertainty,
  CERTAINTY_FROM_DB,
  CERTAINTY_TO_DB,
  describeReason,
  type Certainty,
  type CertaintyReasonData,
  type CertaintyStudy,
} from "./certainty";
import { regtest, trimfill } from "../stats/diagnostics";
import { StatsError } from "../stats/pool";

const Z95 = 1.959963984540054;

/** Designs whose result is itself a synthesis: shown as reported, never pooled again. */
const SYNTHESIS_DESIGNS: readonly StudyDesign[] = ["META_ANALYSIS", "SYSTEMATIC_REVIEW"];

/** The PooledEffect columns of a pooled result (shared with the scale generator, which inserts in bulk). */
export function pooledEffectColumns(pooled: PooledResult, sampleSizes: (number | null)[]) {
  return {
    basis: "POOLED" as HeadlineBasis,
    sourceStudyId: null as number | null,
    measure: "SMD" as const,
    method: pooled.method as string,
    k: pooled.k,
    totalN: sampleSizes.every((n) => n !== null) ? sampleSizes.reduce<number>((sum, n) => sum + (n ?? 0), 0) : null,
    estimate: pooled.estimate,
    se: pooled.se as number | null,
    ciLower: pooled.ciLower as number | null,
    ciUpper: pooled.ciUpper as number | null,
    piLower: pooled.k > 1 ? pooled.piLower : null,
    piUpper: pooled.k > 1 ? pooled.piUpper : null,
    tau2: pooled.tau2 as number | null,
    i2: (pooled.I2 ?? 0) as number | null,
    q: pooled.Q as number | null,
  };
}

type HeadlineCore = ReturnType<typeof pooledEffectColumns>;

/**
 * A headline's columns with its certainty (lib/evidence/certainty.ts) and the reasons behind it, stored as
 * codes with their numbers (describeReason gives the sentences).
 */
export type HeadlineColumns = HeadlineCore & {
  certainty: DbCertaintyLevel;
  certaintyReasons: CertaintyReasonData[];
};

/** An accepted effect as the headline rules need it. */
export type HeadlineInput = {
  studyId: number;
  design: StudyDesign;
  /** Primary studies of a meta-analysis, as it reports them. */
  studiesCount: number | null;
  year: number | null;
  measure: EffectMeasure;
  yi: number | null;
  vi: number | null;
  reportedEstimate: number | null;
  reportedCiLower: number | null;
  reportedCiUpper: number | null;
  higherIsBetter: boolean;
  /** The effect's own sample size, else its study's. */
  n: number | null;
  /** For the certainty: the study's overall risk of bias (not assessed when absent) and country. */
  riskOfBias?: RiskOfBias;
  country?: string | null;
  /** A meta-analysis's reported share of randomised primary studies. */
  randomisedShare?: number | null;
};

/** A meta-analysis's reported estimate as the headline (SMD-type measures only: others have no common scale). */
function fromMetaAnalysis(e: HeadlineInput): HeadlineCore | null {
  if (e.measure !== "SMD" || e.reportedEstimate === null) return null;
  const sign = e.higherIsBetter ? 1 : -1;
  const bounds = [e.reportedCiLower, e.reportedCiUpper];
  const hasCi = bounds.every((b) => b !== null);
  const [lower, upper] = hasCi ? (bounds as number[]).map((b) => sign * b).sort((a, b) => a - b) : [null, null];
  return {
    basis: "META_ANALYSIS",
    sourceStudyId: e.studyId,
    measure: "SMD",
    method: "reported",
    k: e.studiesCount ?? 1,
    totalN: e.n,
    estimate: sign * e.reportedEstimate,
    se: null,
    ciLower: lower,
    ciUpper: upper,
    piLower: null,
    piUpper: null,
    tau2: null,
    i2: null,
    q: null,
  };
}

function fromSingleStudy(studyId: number, smd: EffectSize, n: number | null): HeadlineCore {
  const se = Math.sqrt(smd.vi);
  return {
    basis: "SINGLE_STUDY",
    sourceStudyId: studyId,
    measure: "SMD",
    method: "single-study",
    k: 1,
    totalN: n,
    estimate: smd.yi,
    se,
    ciLower: smd.yi - Z95 * se,
    ciUpper: smd.yi + Z95 * se,
    piLower: null,
    piUpper: null,
    tau2: null,
    i2: null,
    q: null,
  };
}

const certaintyStudy = (e: HeadlineInput, weight: number): CertaintyStudy => ({
  weight,
  randomised: e.design === "RCT",
  riskOfBias: e.riskOfBias ?? "NOT_ASSESSED",
  country: e.country ?? null,
});

/** A diagnostic's value, or null when it cannot be computed for these studies. */
function unlessStatsError<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof StatsError) return null;
    throw error;
  }
}

function withCertainty(core: HeadlineCore, certainty: Certainty): HeadlineColumns {
  return {
    ...core,
    certainty: CERTAINTY_TO_DB[certainty.level],
    certaintyReasons: certainty.reasons.map(({ code, levels, params }) =>
      params ? { code, levels, params } : { code, levels },
    ),
  };
}

const coreCertaintyInput = (core: HeadlineCore) => ({
  basis: core.basis,
  ciLower: core.ciLower,
  ciUpper: core.ciUpper,
  piLower: core.piLower,
  piUpper: core.piUpper,
  i2: core.i2,
  k: core.k,
  totalN: core.totalN,
});

/** The headline effect of one outcome from its accepted effects, with its certainty, or null. Pure. */
export function headlineEffect(effects: HeadlineInput[]): HeadlineColumns | null {
  const byStudy = new Map(effects.map((e) => [e.studyId, e]));
  const primary = onePerStudy(
    effects.flatMap((e) => {
      if (SYNTHESIS_DESIGNS.includes(e.design)) return [];
      const smd = toBenefitSmd(e);
      return smd ? [{ studyId: e.studyId, smd, n: e.n }] : [];
    }),
  );
  if (primary.length >= 2) {
    const yi = primary.map((g) => g.smd.yi);
    const vi = primary.map((g) => g.smd.vi);
    const { pooled, weights } = poolRandomEffects(yi, vi);
    const core = pooledEffectColumns(
      pooled,
      primary.map((g) => g.n),
    );
    const settings = { method: pooled.method, test: "z" as const };
    const filled = primary.length >= 3 ? unlessStatsError(() => trimfill(yi, vi, settings)) : null;
    return withCertainty(
      core,
      assessCertainty({
        ...coreCertaintyInput(core),
        studies: primary.map((g, i) => certaintyStudy(byStudy.get(g.studyId)!, weights[i] / 100)),
        regtestP: primary.length >= 10 ? (unlessStatsError(() => regtest(yi, vi, null, settings))?.pval ?? null) : null,
        trimfillCi: filled && filled.k0 > 0 ? { lower: filled.pooled.ciLower, upper: filled.pooled.ciUpper } : null,
      }),
    );
  }
  // Of several meta-analyses: one that reports a CI (its uncertainty can be shown), then the largest (most
  // primary studies), then the most recent.
  const hasCi = (e: HeadlineInput) => e.reportedCiLower !== null && e.reportedCiUpper !== null;
  const metaAnalyses = effects
    .filter((e) => SYNTHESIS_DESIGNS.includes(e.design))
    .sort(
      (a, b) =>
        Number(hasCi(b)) - Number(hasCi(a)) ||
        (b.studiesCount ?? 0) - (a.studiesCount ?? 0) ||
        (b.year ?? 0) - (a.year ?? 0),
    );
  for (const e of metaAnalyses) {
    const core = fromMetaAnalysis(e);
    if (core) {
      return withCertainty(
        core,
        assessCertainty({
          ...coreCertaintyInput(core),
          studies: [certaintyStudy(e, 1)],
          randomisedShare: e.randomisedShare ?? null,
        }),
      );
    }
  }
  if (primary.length === 1) {
    const only = primary[0];
    const core = fromSingleStudy(only.studyId, only.smd, only.n);
    return withCertainty(
      core,
      assessCertainty({ ...coreCertaintyInput(core), studies: [certaintyStudy(byStudy.get(only.studyId)!, 1)] }),
    );
  }
  return null;
}

/** n1 + n2 when the stored inputs give both group sizes (means, t, d and F forms). */
function groupSizesTotal(inputs: unknown): number | null {
  const { n1, n2 } = (inputs ?? {}) as { n1?: unknown; n2?: unknown };
  return typeof n1 === "number" && typeof n2 === "number" ? n1 + n2 : null;
}

/** What the headline rules read of a stored effect size (and its study). */
const headlineInputSelect = {
  studyId: true,
  outcomeDomainId: true,
  measure: true,
  yi: true,
  vi: true,
  reportedEstimate: true,
  reportedCiLower: true,
  reportedCiUpper: true,
  higherIsBetter: true,
  sampleSize: true,
  inputs: true,
  study: {
    select: {
      sampleSize: true,
      design: true,
      studiesCount: true,
      year: true,
      riskOfBias: true,
      country: true,
      randomisedShare: true,
    },
  },
} as const;

/** The client methods the headline rules read with: a transaction or the app's client. */
type EffectReader = Db | Tx;

/**
 * The headline inputs per outcome of an intervention's accepted effect sizes, plus those of `withStudyIds`
 * (studies not accepted yet, for a preview), in effect-size id order as the pool has always read them.
 */
async function headlineInputs(
  client: EffectReader,
  interventionId: number | null,
  withStudyIds: number[] = [],
): Promise<Map<number, HeadlineInput[]>> {
  const accepted = interventionId === null ? [] : [{ study: { interventionId, status: "ACCEPTED" as const } }];
  const extra = withStudyIds.length > 0 ? [{ studyId: { in: withStudyIds } }] : [];
  const conditions = [...accepted, ...extra];
  const rows =
    conditions.length === 0
      ? []
      : await client.effectSize.findMany({
          where: conditions.length === 1 ? conditions[0] : { OR: conditions },
          select: headlineInputSelect,
          orderBy: { id: "asc" },
        });
  const byOutcome = new Map<number, HeadlineInput[]>();
  for (const row of rows) addHeadlineInput(byOutcome, row);
  return byOutcome;
}

type HeadlineInputRow = Prisma.EffectSizeGetPayload<{ select: typeof headlineInputSelect }>;

/** Adds a stored effect size to its outcome's inputs (rows must come in effect-size id order). */
function addHeadlineInput(
  byOutcome: Map<number, HeadlineInput[]>,
  { study, sampleSize, outcomeDomainId, inputs, ...e }: HeadlineInputRow,
): void {
  const group = byOutcome.get(outcomeDomainId) ?? [];
  group.push({ ...e, ...study, n: sampleSize ?? study.sampleSize ?? groupSizesTotal(inputs) });
  byOutcome.set(outcomeDomainId, group);
}

function headlinesOf(byOutcome: Map<number, HeadlineInput[]>): Map<number, HeadlineColumns> {
  const headlines = new Map<number, HeadlineColumns>();
  for (const [outcomeDomainId, effects] of byOutcome) {
    const headline = headlineEffect(effects);
    if (headline) headlines.set(outcomeDomainId, headline);
  }
  return headlines;
}

export type HeadlinePreview = {
  outcomeDomainId: number;
  before: HeadlineColumns | null;
  after: HeadlineColumns | null;
};

/**
 * What accepting a study would do to its intervention's headline effects, per outcome the study reports:
 * the headline from the accepted evidence now (`before`) and with the study's effects added (`after`),
 * computed by the same rules and in the same order as recomputePooledEffects, so `after` is exactly what
 * accepting it stores. Reads only; a study without an intervention (a proposed one) has no `before`.
 */
export async function previewPooledEffects(
  client: EffectReader,
  { interventionId, studyId }: { interventionId: number | null; studyId: number },
): Promise<HeadlinePreview[]> {
  const [now, withStudy] = await Promise.all([
    headlineInputs(client, interventionId),
    headlineInputs(client, interventionId, [studyId]),
  ]);
  const before = headlinesOf(now);
  const after = headlinesOf(withStudy);
  const outcomes = [...withStudy].filter(([, effects]) => effects.some((e) => e.studyId === studyId));
  return outcomes
    .map(([outcomeDomainId]) => ({
      outcomeDomainId,
      before: before.get(outcomeDomainId) ?? null,
      after: after.get(outcomeDomainId) ?? null,
    }))
    .sort((a, b) => a.outcomeDomainId - b.outcomeDomainId);
}

/**
 * The curators' overrides in force for an intervention, per outcome: the latest CertaintyOverride row, unless
 * it sets the level back to computed (level null).
 */
async function overridesOf(client: EffectReader, interventionId: number) {
  return (await overridesOfMany(client, [interventionId])).get(interventionId) ?? new Map<number, OverrideRow>();
}

const overrideSelect = {
  interventionId: true,
  outcomeDomainId: true,
  level: true,
  reason: true,
  actorName: true,
  createdAt: true,
} as const;
type OverrideRow = Prisma.CertaintyOverrideGetPayload<{ select: typeof overrideSelect }>;

/** overridesOf for several interventions in one query: intervention → outcome → override in force. */
async function overridesOfMany(client: EffectReader, interventionIds: number[]) {
  const rows = await client.certaintyOverride.findMany({
    where: { interventionId: { in: interventionIds } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: overrideSelect,
  });
  const latest = new Map<number, Map<number, OverrideRow>>();
  for (const row of rows) {
    const own = latest.get(row.interventionId) ?? new Map<number, OverrideRow>();
    if (!own.has(row.outcomeDomainId)) own.set(row.outcomeDomainId, row);
    latest.set(row.interventionId, own);
  }
  return latest;
}

/** A headline with a curator's override applied on top of its computed certainty. */
function overridden(
  headline: HeadlineColumns,
  override: { level: DbCertaintyLevel | null; reason: string; actorName: string; createdAt: Date } | undefined,
): HeadlineColumns {
  if (!override?.level) return headline;
  const computed: Certainty = {
    level: CERTAINTY_FROM_DB[headline.certainty],
    reasons: headline.certaintyReasons.map(describeReason),
  };
  const applied = applyOverride(computed, {
    level: CERTAINTY_FROM_DB[override.level],
    reason: override.reason,
    actorName: override.actorName,
    date: override.createdAt.toISOString().slice(0, 10),
  });
  return withCertainty(headline, applied);
}

export async function recomputePooledEffects(tx: Tx, interventionId: number): Promise<void> {
  const computed = headlinesOf(await headlineInputs(tx, interventionId));
  const overrides = await overridesOf(tx, interventionId);
  const headlines = new Map(
    [...computed].map(([outcomeDomainId, h]) => [outcomeDomainId, overridden(h, overrides.get(outcomeDomainId))]),
  );

  const existing = await tx.pooledEffect.findMany({ where: { interventionId } });
  const stale = existing.filter((p) => !headlines.has(p.outcomeDomainId)).map((p) => p.outcomeDomainId);
  if (stale.length) {
    await tx.pooledEffect.deleteMany({ where: { interventionId, outcomeDomainId: { in: stale } } });
  }
  for (const [outcomeDomainId, data] of headlines) {
    const current = existing.find((p) => p.outcomeDomainId === outcomeDomainId);
    const unchanged =
      current &&
      sameData(data, Object.fromEntries(Object.keys(data).map((k) => [k, current[k as keyof typeof current]])));
    if (unchanged) continue;
    await tx.pooledEffect.upsert({
      where: { interventionId_outcomeDomainId: { interventionId, outcomeDomainId } },
      create: { interventionId, outcomeDomainId, ...data },
      update: data,
    });
  }
}

/**
 * recomputePooledEffects for many interventions with a few statements per call instead of several per
 * intervention (for data migrations over the whole catalogue): the same inputs in the same order, the same
 * rules and overrides, so it stores exactly what recomputePooledEffects would. A changed headline is deleted
 * and inserted again rather than updated: the row has no other columns than the ones written (its key and
 * updatedAt) and nothing refers to it or fires on it.
 */
export async function recomputePooledEffectsOf(tx: Tx, interventionIds: number[]): Promise<void> {
  if (interventionIds.length === 0) return;
  const rows = await tx.effectSize.findMany({
    where: { study: { interventionId: { in: interventionIds }, status: "ACCEPTED" } },
    select: {
      ...headlineInputSelect,
      study: { select: { ...headlineInputSelect.study.select, interventionId: true } },
    },
    orderBy: { id: "asc" },
  });
  const inputs = new Map<number, Map<number, HeadlineInput[]>>();
  for (const { study, ...row } of rows) {
    const { interventionId, ...studyColumns } = study;
    const own = inputs.get(interventionId!) ?? new Map<number, HeadlineInput[]>();
    addHeadlineInput(own, { ...row, study: studyColumns });
    inputs.set(interventionId!, own);
  }
  const overrides = await overridesOfMany(tx, interventionIds);
  const existing = await tx.pooledEffect.findMany({ where: { interventionId: { in: interventionIds } } });
  const existingOf = new Map<number, typeof existing>();
  for (const row of existing) existingOf.set(row.interventionId, [...(existingOf.get(row.interventionId) ?? []), row]);

  const remove: { interventionId: number; outcomeDomainId: number }[] = [];
  const write: Prisma.PooledEffectCreateManyInput[] = [];
  for (const interventionId of new Set(interventionIds)) {
    const computed = headlinesOf(inputs.get(interventionId) ?? new Map());
    const own = overrides.get(interventionId);
    const headlines = new Map(
      [...computed].map(([outcomeDomainId, h]) => [outcomeDomainId, overridden(h, own?.get(outcomeDomainId))]),
    );
    const before = existingOf.get(interventionId) ?? [];
    for (const p of before) if (!headlines.has(p.outcomeDomainId)) remove.push(p);
    for (const [outcomeDomainId, data] of headlines) {
      const current = before.find((p) => p.outcomeDomainId === outcomeDomainId);
      const unchanged =
        current &&
        sameData(data, Object.fromEntries(Object.keys(data).map((k) => [k, current[k as keyof typeof current]])));
      if (unchanged) continue;
      if (current) remove.push(current);
      write.push({ interventionId, outcomeDomainId, ...data });
    }
  }
  if (remove.length) {
    await tx.$executeRaw`
      DELETE FROM "PooledEffect"
       WHERE ("interventionId", "outcomeDomainId") IN (
         SELECT * FROM unnest(${remove.map((r) => r.interventionId)}::int[], ${remove.map((r) => r.outcomeDomainId)}::int[]))`;
  }
  // At most 21 parameters a row: well within PostgreSQL's 65,535 per statement.
  for (let from = 0; from < write.length; from += 1_000) {
    await tx.pooledEffect.createMany({ data: write.slice(from, from + 1_000) });
  }
}
