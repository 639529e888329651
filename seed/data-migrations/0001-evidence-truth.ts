/**
 * Brings a database seeded by an earlier version up to the curated data in seed/curated. Earlier versions
 * re-synced every curated record on each seed run; the seed now only adds missing records, so this is that
 * sync, run once: taxonomy names and scales, and for every curated intervention in the database its fields,
 * delivery modes, target groups, external ratings (ones no longer curated removed), provenance and studies
 * (back to accepted with the curated effect sizes; curated-keyed studies no longer curated removed), then
 * its headline effects. Rating history stays append-only: it is written only for an intervention that has
 * none. The seed runs first and creates whatever is missing, so this only updates and removes; a record that
 * already equals the curated data is not written, and on a database the seed has just filled nothing changes.
 */
import type { Tx } from "../../lib/database/client";
import { recomputePooledEffects } from "../../lib/evidence/pooling";
import { sameData } from "../../lib/same-data";
import { clearinghouses, deliveryModes, outcomeDomains, riskFactors } from "../curated/taxonomy";
import type { CuratedIntervention, CuratedStudy } from "../curated/types";
import {
  createEffectSizes,
  createTargetGroups,
  curatedData,
  deliveryModeIds,
  effectSizeRows,
  externalRatingRows,
  interventionFields,
  lookups,
  provenanceRows,
  studyFields,
  targetGroupRows,
  writeRatingHistory,
  type Lookups,
} from "../load-curated";

export const description =
  "Bring a database seeded by an earlier version (which re-synced all curated records) up to today's curated data";

export async function apply(tx: Tx): Promise<void> {
  await syncTaxonomy(tx);
  const ids = await lookups(tx);
  for (const c of curatedData.interventions) await syncIntervention(tx, c, ids);
  for (const s of curatedData.contextStudies) await syncStudy(tx, s, null, ids);
}

/** The fields of `row` named by `like`, for comparing a stored row with the curated one. */
function pick<T extends object>(row: T, like: object): Record<string, unknown> {
  return Object.fromEntries(Object.keys(like).map((k) => [k, row[k as keyof T]]));
}

async function syncTaxonomy(tx: Tx) {
  for (const r of riskFactors) {
    const found = await tx.riskFactor.findUnique({ where: { slug: r.slug } });
    if (found && !sameData(pick(found, r), r)) await tx.riskFactor.update({ where: { slug: r.slug }, data: r });
  }
  for (const o of outcomeDomains) {
    const found = await tx.outcomeDomain.findUnique({ where: { slug: o.slug } });
    if (found && !sameData(pick(found, o), o)) await tx.outcomeDomain.update({ where: { slug: o.slug }, data: o });
  }
  for (const d of deliveryModes) {
    const found = await tx.deliveryMode.findUnique({ where: { slug: d.slug } });
    if (found && !sameData(pick(found, d), d)) await tx.deliveryMode.update({ where: { slug: d.slug }, data: d });
  }
  for (const { scale, ...c } of clearinghouses) {
    const found = await tx.clearinghouse.findUnique({ where: { slug: c.slug }, include: { levels: true } });
    if (!found) continue;
    if (!sameData(pick(found, c), c)) await tx.clearinghouse.update({ where: { id: found.id }, data: c });
    for (const [index, { level, commonLevel }] of scale.entries()) {
      const data = { position: index + 1, commonLevel };
      const current = found.levels.find((l) => l.level === level);
      if (current && !sameData(pick(current, data), data)) {
        await tx.clearinghouseLevel.update({
          where: { clearinghouseId_level: { clearinghouseId: found.id, level } },
          data,
        });
      }
    }
  }
}

async function syncIntervention(tx: Tx, c: CuratedIntervention, ids: Lookups): Promise<void> {
  const existing = await tx.intervention.findUnique({
    where: { slug: c.slug },
    include: {
      deliveryModes: { select: { id: true } },
      targetGroups: { include: { riskFactors: { select: { id: true } } }, orderBy: { id: "asc" } },
      ratingEvents: { select: { id: true } },
    },
  });
  if (!existing) return;

  const fields = interventionFields(c);
  const deliveryIds = deliveryModeIds(c, ids);
  const currentDelivery = existing.deliveryModes.map((d) => d.id).sort((a, b) => a - b);
  if (!sameData(pick(existing, fields), fields) || !sameData(currentDelivery, deliveryIds)) {
    await tx.intervention.update({
      where: { id: existing.id },
      data: { ...fields, deliveryModes: { set: deliveryIds.map((id) => ({ id })) } },
    });
  }

  // Target groups: replaced only when they differ from the curated list.
  const wanted = targetGroupRows(c, ids);
  const have = existing.targetGroups.map((g) => ({
    preventionLevel: g.preventionLevel,
    ageMinMonths: g.ageMinMonths,
    ageMaxMonths: g.ageMaxMonths,
    descriptionNl: g.descriptionNl,
    descriptionEn: g.descriptionEn,
    adviceGroups: [...g.adviceGroups].sort(),
    riskFactors: g.riskFactors.map((r) => r.id).sort((a, b) => a - b),
  }));
  if (!sameData(wanted, have)) {
    await tx.targetGroup.deleteMany({ where: { interventionId: existing.id } });
    await createTargetGroups(tx, existing.id, wanted);
  }

  // External ratings: matched on (clearinghouse, level, topic); ones no longer curated are removed.
  const keep: number[] = [];
  for (const { key, data } of externalRatingRows(c, ids)) {
    const found = await tx.externalRating.findFirst({ where: { interventionId: existing.id, ...key } });
    if (!found) {
      const row = await tx.externalRating.create({ data: { ...key, ...data, interventionId: existing.id } });
      keep.push(row.id);
      continue;
    }
    keep.push(found.id);
    if (!sameData(pick(found, data), data)) await tx.externalRating.update({ where: { id: found.id }, data });
  }
  await tx.externalRating.deleteMany({ where: { interventionId: existing.id, id: { notIn: keep } } });

  // Rating history is append-only: written only for an intervention that has none.
  const hasDutchLevel = existing.evidenceLevel !== "NIET_BEOORDEELD" || existing.lastReviewedOn !== null;
  if (existing.ratingEvents.length === 0 && (c.ratingHistory.length > 0 || hasDutchLevel)) {
    await writeRatingHistory(tx, existing.id, c.ratingHistory);
  }
  await syncProvenance(tx, existing.id, c);

  for (const study of c.studies) await syncStudy(tx, study, existing.id, ids);
  await tx.study.deleteMany({
    where: {
      interventionId: existing.id,
      key: { notIn: c.studies.map((s) => s.key) },
      submitterId: null,
      NOT: { key: null },
    },
  });
  await recomputePooledEffects(tx, existing.id);
}

/** Replaces the provenance rows of an intervention when they differ from the curated list. */
async function syncProvenance(tx: Tx, interventionId: number, c: CuratedIntervention) {
  const wanted = provenanceRows(c);
  const have = await tx.fieldProvenance.findMany({
    where: { interventionId },
    select: { path: true, kind: true, reasonNl: true, reasonEn: true, sourceUrl: true },
    orderBy: { path: "asc" },
  });
  if (sameData(wanted, have)) return;
  await tx.fieldProvenance.deleteMany({ where: { interventionId } });
  await tx.fieldProvenance.createMany({ data: wanted.map((p) => ({ ...p, interventionId })) });
}

async function syncStudy(tx: Tx, s: CuratedStudy, interventionId: number | null, ids: Lookups) {
  const existing = await tx.study.findUnique({
    where: { key: s.key },
    include: { effectSizes: { orderBy: { id: "asc" } } },
  });
  if (!existing) return;
  const fields = studyFields(s, interventionId);
  if (!sameData(pick(existing, fields), fields)) await tx.study.update({ where: { id: existing.id }, data: fields });
  const wanted = effectSizeRows(s, ids);
  const have = existing.effectSizes.map((e) => pick(e, wanted[0] ?? {}));
  if (!sameData(wanted, have) || (wanted.length === 0 && existing.effectSizes.length > 0)) {
    await tx.effectSize.deleteMany({ where: { studyId: existing.id } });
    await createEffectSizes(tx, existing.id, wanted);
  }
}
