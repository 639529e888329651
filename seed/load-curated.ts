/**
 * Loads the curated, sourced data (seed/curated) into a database by adding what is missing: taxonomy entries
 * by slug (clearinghouse levels by clearinghouse and level), interventions by slug (a new one with all it
 * has: target groups, delivery modes, rating history with its recognition and level, external ratings,
 * provenance, studies) and studies by key (with their effect sizes). A record that exists is never changed
 * or deleted, so what curators decide in the app (a new rating, a rejected study, a removed external rating,
 * an edited text) survives every run. Corrections to records that are already loaded ship as data
 * migrations (seed/data-migrations), applied once per database.
 */
import type { Db, Tx } from "../lib/database/client";
import { clearinghouses, deliveryModes, outcomeDomains, riskFactors } from "./curated/taxonomy";
import { curatedInterventions } from "./curated/interventions";
import { curatedContextStudies } from "./curated/context-studies";
import type { CuratedIntervention, CuratedRatingEvent, CuratedStudy } from "./curated/types";
import type { EvidenceLevel, RecognitionStatus } from "../generated/prisma/enums";
import { isRecognisedAsEffective } from "../lib/intervention/recognition";
import { addYears, partialDateStart, RECOGNITION_VALID_YEARS } from "../lib/partial-date";
import { effectFromInputs } from "../lib/evidence/compute";
import { recomputePooledEffects } from "../lib/evidence/pooling";
import { mergeFacetBitmaps } from "../lib/intervention/facet-merge";

export type CuratedData = { interventions: CuratedIntervention[]; contextStudies: CuratedStudy[] };
export const curatedData: CuratedData = { interventions: curatedInterventions, contextStudies: curatedContextStudies };

export type SeedSummary = {
  /** Curated interventions in the seed files. */
  interventions: number;
  /** Interventions this run created. */
  created: number;
  /** Studies this run created (those of new interventions included). */
  studiesAdded: number;
  /** Studies and effect sizes in the database after the run. */
  studies: number;
  effectSizes: number;
};

/** Creates the taxonomy entries and clearinghouse scale levels that are missing; existing ones stay as they are. */
export async function seedTaxonomy(prisma: Db | Tx) {
  const have = async (rows: Promise<{ slug: string }[]>) => new Set((await rows).map((r) => r.slug));
  const slugOnly = { select: { slug: true } } as const;

  const riskFactorSlugs = await have(prisma.riskFactor.findMany(slugOnly));
  const newRiskFactors = riskFactors.filter((r) => !riskFactorSlugs.has(r.slug));
  if (newRiskFactors.length) await prisma.riskFactor.createMany({ data: newRiskFactors });

  const outcomeSlugs = await have(prisma.outcomeDomain.findMany(slugOnly));
  const newOutcomes = outcomeDomains.filter((o) => !outcomeSlugs.has(o.slug));
  if (newOutcomes.length) await prisma.outcomeDomain.createMany({ data: newOutcomes });

  const deliverySlugs = await have(prisma.deliveryMode.findMany(slugOnly));
  const newDeliveryModes = deliveryModes.filter((d) => !deliverySlugs.has(d.slug));
  if (newDeliveryModes.length) await prisma.deliveryMode.createMany({ data: newDeliveryModes });

  for (const { scale, ...c } of clearinghouses) {
    const clearinghouse =
      (await prisma.clearinghouse.findUnique({ where: { slug: c.slug }, select: { id: true } })) ??
      (await prisma.clearinghouse.create({ data: c, select: { id: true } }));
    const levels = await prisma.clearinghouseLevel.findMany({
      where: { clearinghouseId: clearinghouse.id },
      select: { level: true },
    });
    const known = new Set(levels.map((l) => l.level));
    const missing = [...scale.entries()]
      .filter(([, { level }]) => !known.has(level))
      .map(([index, { level, commonLevel }]) => ({
        clearinghouseId: clearinghouse.id,
        level,
        position: index + 1,
        commonLevel,
      }));
    if (missing.length) await prisma.clearinghouseLevel.createMany({ data: missing });
  }
}

export type Lookups = {
  riskFactor: Map<string, number>;
  outcome: Map<string, number>;
  delivery: Map<string, number>;
  clearinghouse: Map<string, number>;
};

/** Ids of the taxonomy entries by slug (the curated data refers to them by slug). */
export async function lookups(db: Db | Tx): Promise<Lookups> {
  const bySlug = (rows: { id: number; slug: string }[]) => new Map(rows.map((r) => [r.slug, r.id]));
  const idAndSlug = { select: { id: true, slug: true } } as const;
  return {
    riskFactor: bySlug(await db.riskFactor.findMany(idAndSlug)),
    outcome: bySlug(await db.outcomeDomain.findMany(idAndSlug)),
    delivery: bySlug(await db.deliveryMode.findMany(idAndSlug)),
    clearinghouse: bySlug(await db.clearinghouse.findMany(idAndSlug)),
  };
}

function need(map: Map<string, number>, slug: string, what: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`Unknown ${what} slug "${slug}" in curated data`);
  return id;
}

// The rows below are what a curated record becomes in the database; the seed creates them and the data
// migrations compare against them.

export function interventionFields(c: CuratedIntervention) {
  return {
    nameNl: c.nameNl,
    nameEn: c.nameEn,
    summaryNl: c.summaryNl,
    summaryEn: c.summaryEn,
    descriptionNl: c.descriptionNl ?? null,
    descriptionEn: c.descriptionEn ?? null,
    aimsNl: c.aimsNl ?? null,
    aimsEn: c.aimsEn ?? null,
    providerNl: c.providerNl ?? null,
    providerEn: c.providerEn ?? null,
    intensityNl: c.intensityNl ?? null,
    intensityEn: c.intensityEn ?? null,
    sessionsMin: c.sessionsMin ?? null,
    sessionsMax: c.sessionsMax ?? null,
    durationWeeksMin: c.durationWeeksMin ?? null,
    durationWeeksMax: c.durationWeeksMax ?? null,
    ownerOrganisation: c.ownerOrganisation ?? null,
    availabilityNl: c.availabilityNl,
    availabilityNote: c.availabilityNote ?? null,
    website: c.website ?? null,
    sourceNote: c.sourceNote,
  };
}

/** Delivery mode ids, sorted. */
export function deliveryModeIds(c: CuratedIntervention, ids: Lookups): number[] {
  return c.deliveryModes.map((slug) => need(ids.delivery, slug, "delivery mode")).sort((a, b) => a - b);
}

/** Target groups in curated order; advice groups and risk factor ids sorted. */
export function targetGroupRows(c: CuratedIntervention, ids: Lookups) {
  return c.targetGroups.map((g) => ({
    preventionLevel: g.preventionLevel,
    ageMinMonths: g.ageMinMonths,
    ageMaxMonths: g.ageMaxMonths,
    descriptionNl: g.descriptionNl,
    descriptionEn: g.descriptionEn,
    adviceGroups: [...g.adviceGroups].sort(),
    riskFactors: g.riskFactors.map((slug) => need(ids.riskFactor, slug, "risk factor")).sort((a, b) => a - b),
  }));
}

export async function createTargetGroups(
  tx: Tx,
  interventionId: number,
  groups: ReturnType<typeof targetGroupRows>,
): Promise<void> {
  for (const g of groups) {
    await tx.targetGroup.create({
      data: { ...g, interventionId, riskFactors: { connect: g.riskFactors.map((id) => ({ id })) } },
    });
  }
}

/** External ratings, each with its key (clearinghouse, level, topic) and the fields that describe it. */
export function externalRatingRows(c: CuratedIntervention, ids: Lookups) {
  return c.externalRatings.map((r) => ({
    key: {
      clearinghouseId: need(ids.clearinghouse, r.clearinghouse, "clearinghouse"),
      level: r.level,
      topic: r.topic ?? null,
    },
    data: {
      levelAsWritten: r.levelAsWritten ?? null,
      ratedOn: r.ratedOn ?? null,
      reviewedOn: r.reviewedOn ?? null,
      url: r.url ?? null,
      isVerified: r.verified,
      note: r.note ?? null,
    },
  }));
}

/** Provenance rows sorted by path; refuses a path that names no field of the record. */
export function provenanceRows(c: CuratedIntervention) {
  const provenance = c.provenance ?? [];
  for (const p of provenance) checkProvenancePath(p.path, c.targetGroups.length);
  return provenance
    .map((p) => ({
      path: p.path,
      kind: p.kind,
      reasonNl: p.reasonNl,
      reasonEn: p.reasonEn,
      sourceUrl: p.sourceUrl ?? null,
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function studyFields(s: CuratedStudy, interventionId: number | null) {
  return {
    interventionId,
    scope: interventionId === null ? ("CONTEXT" as const) : ("INTERVENTION" as const),
    citation: s.citation,
    doi: s.doi ?? null,
    url: s.url ?? null,
    year: s.year ?? null,
    design: s.design,
    country: s.country ?? null,
    sampleSize: s.sampleSize ?? null,
    studiesCount: s.studiesCount ?? null,
    followUpMonths: s.followUpMonths ?? null,
    riskOfBias: s.riskOfBias ?? "NOT_ASSESSED",
    summary: s.summary ?? null,
    isVerified: s.verified,
    status: "ACCEPTED" as const,
    reviewReason: "Curated from the cited source",
  };
}

/** Effect sizes in curated order, with yi and vi computed from the inputs. */
export function effectSizeRows(s: CuratedStudy, ids: Lookups) {
  return s.effects.map((e) => {
    const computed = effectFromInputs(e.measure, e.inputForm, e.inputs);
    return {
      outcomeDomainId: need(ids.outcome, e.outcome, "outcome"),
      measure: e.measure,
      inputForm: e.inputForm,
      inputs: e.inputs,
      yi: computed?.yi ?? null,
      vi: computed?.vi ?? null,
      reportedEstimate: e.reportedEstimate ?? null,
      reportedCiLower: e.reportedCiLower ?? null,
      reportedCiUpper: e.reportedCiUpper ?? null,
      reportedText: e.reportedText,
      sampleSize: e.sampleSize ?? null,
      higherIsBetter: e.higherIsBetter,
      outcomeLabel: e.outcomeLabel,
      sourceUrl: e.sourceUrl ?? null,
      isVerified: e.verified,
      note: e.note ?? null,
    };
  });
}

export async function createEffectSizes(tx: Tx, studyId: number, rows: ReturnType<typeof effectSizeRows>) {
  // One at a time, so ids follow the curated order.
  for (const e of rows) await tx.effectSize.create({ data: { ...e, studyId } });
}

/**
 * Writes the imported Dutch recognition history (oldest first) and the decision in force: the
 * intervention's level, its Recognition row (none when no Dutch decision is known) and its last review date.
 */
export async function writeRatingHistory(tx: Tx, interventionId: number, history: CuratedRatingEvent[]) {
  let from: { level: EvidenceLevel | null; status: RecognitionStatus; recognised: boolean } = {
    level: null,
    status: "ONBEKEND",
    recognised: false,
  };
  for (const event of history) {
    const recognised = isRecognisedAsEffective(event.status, event.toLevel);
    await tx.ratingEvent.create({
      data: {
        interventionId,
        kind: event.toLevel === from.level ? "RECOGNITION" : "LEVEL",
        fromLevel: from.level,
        toLevel: event.toLevel,
        fromRecognised: from.recognised,
        toRecognised: recognised,
        fromStatus: from.status,
        toStatus: event.status,
        committee: event.committee ?? null,
        justification: event.justification,
        decidedOn: event.decidedOn ?? null,
        actorName: event.decidedBy,
        sourceUrl: event.sourceUrl ?? null,
        isVerified: event.verified,
      },
    });
    from = { level: event.toLevel, status: event.status, recognised };
  }
  const last = history.at(-1);
  if (!last) {
    await tx.intervention.update({
      where: { id: interventionId },
      data: { evidenceLevel: "NIET_BEOORDEELD", lastReviewedOn: null },
    });
    return;
  }
  const decidedOn = last.decidedOn ? partialDateStart(last.decidedOn) : null;
  await tx.intervention.update({
    where: { id: interventionId },
    data: { evidenceLevel: last.toLevel ?? "NIET_EFFECTIEF", lastReviewedOn: decidedOn },
  });
  await tx.recognition.create({
    data: {
      interventionId,
      status: last.status,
      level: last.toLevel,
      isRecognised: from.recognised,
      committee: last.committee ?? null,
      isVerified: last.verified,
      decidedOn,
      expiresOn: decidedOn && last.status !== "NIET_ERKEND" ? addYears(decidedOn, RECOGNITION_VALID_YEARS) : null,
      justification: last.justification,
      sourceUrl: last.sourceUrl ?? null,
    },
  });
}

/** Top-level fields of the API's detail record that provenance may name (target-group fields by index). */
const PROVENANCE_FIELDS = new Set([
  "description",
  "aims",
  "provider",
  "intensity",
  "sessionsMin",
  "sessionsMax",
  "durationWeeksMin",
  "durationWeeksMax",
  "costPerFamily",
  "costCurrency",
  "costYear",
  "costSourceUrl",
  "ownerOrganisation",
  "availabilityNl",
  "website",
  "deliveryModes",
]);
const TARGET_GROUP_FIELDS = new Set(["preventionLevel", "ageMinMonths", "ageMaxMonths", "riskFactors", "adviceGroups"]);

/** Refuses a provenance path that names no field of the record, so a mark can never silently go missing. */
export function checkProvenancePath(path: string, targetGroupCount: number): void {
  const group = /^targetGroups\.(\d+)\.(\w+)$/.exec(path);
  const ok = group
    ? Number(group[1]) < targetGroupCount && TARGET_GROUP_FIELDS.has(group[2])
    : PROVENANCE_FIELDS.has(path);
  if (!ok) throw new Error(`Provenance path "${path}" names no field of the intervention's record`);
}

/** Creates a curated intervention that is not in the database, with everything it has except its studies. */
async function createIntervention(tx: Tx, c: CuratedIntervention, ids: Lookups): Promise<number> {
  const provenance = provenanceRows(c);
  const { id } = await tx.intervention.create({
    data: {
      slug: c.slug,
      ...interventionFields(c),
      deliveryModes: { connect: deliveryModeIds(c, ids).map((id) => ({ id })) },
    },
    select: { id: true },
  });
  await createTargetGroups(tx, id, targetGroupRows(c, ids));
  const ratings = externalRatingRows(c, ids).map((r) => ({ ...r.key, ...r.data, interventionId: id }));
  if (ratings.length) await tx.externalRating.createMany({ data: ratings });
  if (c.ratingHistory.length) await writeRatingHistory(tx, id, c.ratingHistory);
  if (provenance.length)
    await tx.fieldProvenance.createMany({ data: provenance.map((p) => ({ ...p, interventionId: id })) });
  return id;
}

/** Creates the studies (with their effect sizes) whose key is not in the database; returns how many. */
async function createMissingStudies(
  tx: Tx,
  studies: CuratedStudy[],
  interventionId: number | null,
  ids: Lookups,
): Promise<number> {
  const existing = await tx.study.findMany({
    where: { key: { in: studies.map((s) => s.key) } },
    select: { key: true },
  });
  const known = new Set(existing.map((s) => s.key));
  let created = 0;
  for (const s of studies) {
    if (known.has(s.key)) continue;
    const study = await tx.study.create({
      data: { key: s.key, ...studyFields(s, interventionId) },
      select: { id: true },
    });
    await createEffectSizes(tx, study.id, effectSizeRows(s, ids));
    created += 1;
  }
  return created;
}

export async function seedCurated(prisma: Db, data: CuratedData = curatedData): Promise<SeedSummary> {
  await seedTaxonomy(prisma);
  const ids = await lookups(prisma);
  let created = 0;
  let studiesAdded = 0;
  for (const c of data.interventions) {
    await prisma.$transaction(
      async (tx) => {
        const existing = await tx.intervention.findUnique({ where: { slug: c.slug }, select: { id: true } });
        const interventionId = existing?.id ?? (await createIntervention(tx, c, ids));
        const studies = await createMissingStudies(tx, c.studies, interventionId, ids);
        // Headline effects change only where this run added inputs.
        if (!existing || studies > 0) await recomputePooledEffects(tx, interventionId);
        if (!existing) created += 1;
        studiesAdded += studies;
      },
      { timeout: 60_000 },
    );
  }
  studiesAdded += await prisma.$transaction((tx) => createMissingStudies(tx, data.contextStudies, null, ids));
  await mergeFacetBitmaps(prisma);
  const [studies, effectSizes] = await Promise.all([prisma.study.count(), prisma.effectSize.count()]);
  return { interventions: data.interventions.length, created, studiesAdded, studies, effectSizes };
}
