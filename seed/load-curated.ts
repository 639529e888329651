/**
 * Loads the curated, sourced data (seed/curated) into a database. Idempotent: a second run finds every
 * record equal and writes nothing; rating history is append-only and only written for a new intervention.
 */
import type { Db, Tx } from "../lib/database/client";
import { clearinghouses, deliveryModes, outcomeDomains, riskFactors } from "./curated/taxonomy";
import { curatedInterventions } from "./curated/interventions";
import { curatedContextStudies } from "./curated/context-studies";
import type { CuratedIntervention, CuratedProvenance, CuratedRatingEvent, CuratedStudy } from "./curated/types";
import type { EvidenceLevel, RecognitionStatus } from "../generated/prisma/enums";
import { isRecognisedAsEffective } from "../lib/intervention/recognition";
import { addYears, partialDateStart, RECOGNITION_VALID_YEARS } from "../lib/partial-date";
import { effectFromInputs } from "../lib/evidence/compute";
import { recomputePooledEffects } from "../lib/evidence/pooling";
import { sameData } from "../lib/same-data";
import { mergeFacetBitmaps } from "../lib/intervention/facet-merge";

export type SeedSummary = { interventions: number; created: number; studies: number; effectSizes: number };

export async function seedTaxonomy(prisma: Db | Tx) {
  for (const r of riskFactors) {
    await prisma.riskFactor.upsert({ where: { slug: r.slug }, create: r, update: r });
  }
  for (const o of outcomeDomains) {
    await prisma.outcomeDomain.upsert({ where: { slug: o.slug }, create: o, update: o });
  }
  for (const d of deliveryModes) {
    await prisma.deliveryMode.upsert({ where: { slug: d.slug }, create: d, update: d });
  }
  for (const { scale, ...c } of clearinghouses) {
    const { id } = await prisma.clearinghouse.upsert({ where: { slug: c.slug }, create: c, update: c });
    for (const [index, { level, commonLevel }] of scale.entries()) {
      const data = { position: index + 1, commonLevel };
      await prisma.clearinghouseLevel.upsert({
        where: { clearinghouseId_level: { clearinghouseId: id, level } },
        create: { clearinghouseId: id, level, ...data },
        update: data,
      });
    }
  }
}

type Lookups = {
  riskFactor: Map<string, number>;
  outcome: Map<string, number>;
  delivery: Map<string, number>;
  clearinghouse: Map<string, number>;
};

async function lookups(tx: Tx): Promise<Lookups> {
  const bySlug = (rows: { id: number; slug: string }[]) => new Map(rows.map((r) => [r.slug, r.id]));
  return {
    riskFactor: bySlug(await tx.riskFactor.findMany({ select: { id: true, slug: true } })),
    outcome: bySlug(await tx.outcomeDomain.findMany({ select: { id: true, slug: true } })),
    delivery: bySlug(await tx.deliveryMode.findMany({ select: { id: true, slug: true } })),
    clearinghouse: bySlug(await tx.clearinghouse.findMany({ select: { id: true, slug: true } })),
  };
}

function need(map: Map<string, number>, slug: string, what: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`Unknown ${what} slug "${slug}" in curated data`);
  return id;
}

const same = sameData;

function interventionFields(c: CuratedIntervention) {
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

async function syncIntervention(tx: Tx, c: CuratedIntervention, ids: Lookups): Promise<boolean> {
  const fields = interventionFields(c);
  const deliveryIds = c.deliveryModes.map((slug) => need(ids.delivery, slug, "delivery mode")).sort();
  const existing = await tx.intervention.findUnique({
    where: { slug: c.slug },
    include: {
      deliveryModes: { select: { id: true } },
      targetGroups: { include: { riskFactors: { select: { id: true } } }, orderBy: { id: "asc" } },
      ratingEvents: { select: { id: true } },
    },
  });
  const intervention =
    existing ??
    (await tx.intervention.create({
      data: { slug: c.slug, ...fields, deliveryModes: { connect: deliveryIds.map((id) => ({ id })) } },
      include: {
        deliveryModes: { select: { id: true } },
        targetGroups: { include: { riskFactors: true } },
        ratingEvents: true,
      },
    }));
  const created = !existing;

  if (existing) {
    const current = Object.fromEntries(Object.keys(fields).map((k) => [k, existing[k as keyof typeof existing]]));
    const currentDelivery = existing.deliveryModes.map((d) => d.id).sort();
    if (!same(current, fields) || !same(currentDelivery, deliveryIds)) {
      await tx.intervention.update({
        where: { id: existing.id },
        data: { ...fields, deliveryModes: { set: deliveryIds.map((id) => ({ id })) } },
      });
    }
  }

  // Target groups: replaced only when they differ from the curated list.
  const wanted = c.targetGroups.map((g) => ({
    preventionLevel: g.preventionLevel,
    ageMinMonths: g.ageMinMonths,
    ageMaxMonths: g.ageMaxMonths,
    descriptionNl: g.descriptionNl,
    descriptionEn: g.descriptionEn,
    adviceGroups: [...g.adviceGroups].sort(),
    riskFactors: g.riskFactors.map((slug) => need(ids.riskFactor, slug, "risk factor")).sort(),
  }));
  const have = intervention.targetGroups.map((g) => ({
    preventionLevel: g.preventionLevel,
    ageMinMonths: g.ageMinMonths,
    ageMaxMonths: g.ageMaxMonths,
    descriptionNl: g.descriptionNl,
    descriptionEn: g.descriptionEn,
    adviceGroups: [...g.adviceGroups].sort(),
    riskFactors: g.riskFactors.map((r) => r.id).sort(),
  }));
  if (!same(wanted, have)) {
    await tx.targetGroup.deleteMany({ where: { interventionId: intervention.id } });
    for (const g of wanted) {
      await tx.targetGroup.create({
        data: {
          ...g,
          interventionId: intervention.id,
          riskFactors: { connect: g.riskFactors.map((id) => ({ id })) },
        },
      });
    }
  }

  // External ratings: upsert on (intervention, clearinghouse, level, topic); remove ones no longer curated.
  const keep: number[] = [];
  for (const r of c.externalRatings) {
    const clearinghouseId = need(ids.clearinghouse, r.clearinghouse, "clearinghouse");
    const data = {
      levelAsWritten: r.levelAsWritten ?? null,
      ratedOn: r.ratedOn ?? null,
      reviewedOn: r.reviewedOn ?? null,
      url: r.url ?? null,
      isVerified: r.verified,
      note: r.note ?? null,
    };
    const found = await tx.externalRating.findFirst({
      where: { interventionId: intervention.id, clearinghouseId, level: r.level, topic: r.topic ?? null },
    });
    if (!found) {
      const row = await tx.externalRating.create({
        data: { ...data, interventionId: intervention.id, clearinghouseId, level: r.level, topic: r.topic ?? null },
      });
      keep.push(row.id);
    } else {
      keep.push(found.id);
      const current = {
        levelAsWritten: found.levelAsWritten,
        ratedOn: found.ratedOn,
        reviewedOn: found.reviewedOn,
        url: found.url,
        isVerified: found.isVerified,
        note: found.note,
      };
      if (!same(current, data)) await tx.externalRating.update({ where: { id: found.id }, data });
    }
  }
  await tx.externalRating.deleteMany({ where: { interventionId: intervention.id, id: { notIn: keep } } });

  // Rating history is append-only: written once, when the intervention first enters the databank.
  const hasDutchLevel = intervention.evidenceLevel !== "NIET_BEOORDEELD" || intervention.lastReviewedOn !== null;
  if (intervention.ratingEvents.length === 0 && (c.ratingHistory.length > 0 || hasDutchLevel)) {
    await writeRatingHistory(tx, intervention.id, c.ratingHistory);
  }
  for (const p of c.provenance ?? []) checkProvenancePath(p.path, c.targetGroups.length);
  await syncProvenance(tx, intervention.id, c.provenance ?? []);

  for (const study of c.studies) await syncStudy(tx, study, intervention.id, ids);
  await tx.study.deleteMany({
    where: {
      interventionId: intervention.id,
      key: { notIn: c.studies.map((s) => s.key) },
      submitterId: null,
      NOT: { key: null },
    },
  });
  return created;
}

/**
 * Writes the imported Dutch recognition history (oldest first) and the decision in force: the
 * intervention's level, its Recognition row (none when no Dutch decision is known) and its last review date.
 */
async function writeRatingHistory(tx: Tx, interventionId: number, history: CuratedRatingEvent[]) {
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
  "costPerFamilyEur",
  "costYear",
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

/** Replaces the provenance rows of an intervention when they differ from the curated list. */
async function syncProvenance(tx: Tx, interventionId: number, provenance: CuratedProvenance[]) {
  const wanted = provenance
    .map((p) => ({
      path: p.path,
      kind: p.kind,
      reasonNl: p.reasonNl,
      reasonEn: p.reasonEn,
      sourceUrl: p.sourceUrl ?? null,
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
  const have = await tx.fieldProvenance.findMany({
    where: { interventionId },
    select: { path: true, kind: true, reasonNl: true, reasonEn: true, sourceUrl: true },
    orderBy: { path: "asc" },
  });
  if (same(wanted, have)) return;
  await tx.fieldProvenance.deleteMany({ where: { interventionId } });
  await tx.fieldProvenance.createMany({ data: wanted.map((p) => ({ ...p, interventionId })) });
}

async function syncStudy(tx: Tx, s: CuratedStudy, interventionId: number | null, ids: Lookups) {
  const fields = {
    interventionId,
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
  const existing = await tx.study.findUnique({
    where: { key: s.key },
    include: { effectSizes: { orderBy: { id: "asc" } } },
  });
  const study =
    existing ?? (await tx.study.create({ data: { key: s.key, ...fields }, include: { effectSizes: true } }));
  if (existing) {
    const current = Object.fromEntries(Object.keys(fields).map((k) => [k, existing[k as keyof typeof existing]]));
    if (!same(current, fields)) await tx.study.update({ where: { id: existing.id }, data: fields });
  }
  const wanted = s.effects.map((e) => {
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
  const have = study.effectSizes.map((e) =>
    Object.fromEntries(Object.keys(wanted[0] ?? {}).map((k) => [k, e[k as keyof typeof e]])),
  );
  if (!same(wanted, have) || (wanted.length === 0 && study.effectSizes.length > 0)) {
    await tx.effectSize.deleteMany({ where: { studyId: study.id } });
    for (const e of wanted) await tx.effectSize.create({ data: { ...e, studyId: study.id } });
  }
}

export async function seedCurated(prisma: Db): Promise<SeedSummary> {
  await seedTaxonomy(prisma);
  let created = 0;
  const ids = await prisma.$transaction((tx) => lookups(tx));
  for (const c of curatedInterventions) {
    await prisma.$transaction(
      async (tx) => {
        if (await syncIntervention(tx, c, ids)) created += 1;
        const intervention = await tx.intervention.findUniqueOrThrow({ where: { slug: c.slug }, select: { id: true } });
        await recomputePooledEffects(tx, intervention.id);
      },
      { timeout: 60_000 },
    );
  }
  await prisma.$transaction(async (tx) => {
    for (const s of curatedContextStudies) await syncStudy(tx, s, null, ids);
  });
  await mergeFacetBitmaps(prisma);
  const [studies, effectSizes] = await Promise.all([prisma.study.count(), prisma.effectSize.count()]);
  return { interventions: curatedInterventions.length, created, studies, effectSizes };
}
