/**
 * Writes a checked catalogue (./validate.ts) in the caller's transaction: the vocabulary and clearinghouses
 * it adds, then the interventions in chunks, each chunk with one INSERT per table (ids reserved first, so
 * rows keep the file's order), then the context studies. The facet triggers keep InterventionFacet in step
 * per statement; the headline effects are recomputed here for every intervention with accepted evidence
 * (lib/evidence/pooling.ts), in the same transaction.
 *
 * Numbers travel as text and timestamps in UTC (seed/scale/bulk.ts explains why): a value read back is the
 * value in the file, to the last digit.
 */
import type { Tx } from "../database/client";
import { recomputePooledEffects } from "../evidence/pooling";
import { isRecognisedAsEffective } from "../intervention/recognition";
import { insertColumns, reserveIdsSql, type Column, type InsertTimings } from "../../seed/scale/bulk";
import type { Catalogue, InterventionData, StudyData } from "./format";
import type { ImportCounts } from "./report";

/** Interventions per chunk (one INSERT per table). */
export const WRITE_CHUNK = 250;

type Ids = {
  riskFactor: Map<string, number>;
  outcome: Map<string, number>;
  delivery: Map<string, number>;
  clearinghouse: Map<string, number>;
};

const need = (map: Map<string, number>, slug: string) => {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`"${slug}" was checked but is missing`);
  return id;
};
const pgArray = (values: string[]) => `{${values.join(",")}}`;

async function writeVocabulary(tx: Tx, catalogue: Catalogue, counts: ImportCounts): Promise<Ids> {
  const slugs = async (rows: Promise<{ slug: string }[]>) => new Set((await rows).map((r) => r.slug));
  const slugOnly = { select: { slug: true } } as const;
  // One at a time, in the file's order: ids (and so the catalogue's curated order) follow it.
  const have = await slugs(tx.riskFactor.findMany(slugOnly));
  for (const entry of catalogue.vocabularies.riskFactors.filter((e) => !have.has(e.slug))) {
    await tx.riskFactor.create({ data: entry, select: { id: true } });
    counts.riskFactors += 1;
  }
  const haveOutcomes = await slugs(tx.outcomeDomain.findMany(slugOnly));
  for (const entry of catalogue.vocabularies.outcomeDomains.filter((e) => !haveOutcomes.has(e.slug))) {
    await tx.outcomeDomain.create({ data: entry, select: { id: true } });
    counts.outcomeDomains += 1;
  }
  const haveModes = await slugs(tx.deliveryMode.findMany(slugOnly));
  for (const entry of catalogue.vocabularies.deliveryModes.filter((e) => !haveModes.has(e.slug))) {
    await tx.deliveryMode.create({ data: entry, select: { id: true } });
    counts.deliveryModes += 1;
  }
  const haveClearinghouses = await slugs(tx.clearinghouse.findMany(slugOnly));
  for (const { scale, ...c } of catalogue.clearinghouses.filter((e) => !haveClearinghouses.has(e.slug))) {
    const { id } = await tx.clearinghouse.create({ data: c, select: { id: true } });
    await tx.clearinghouseLevel.createMany({
      data: scale.map((l, index) => ({
        clearinghouseId: id,
        level: l.level,
        position: index + 1,
        commonLevel: l.commonLevel,
      })),
    });
    counts.clearinghouses += 1;
  }
  const bySlug = (rows: { id: number; slug: string }[]) => new Map(rows.map((r) => [r.slug, r.id]));
  const idAndSlug = { select: { id: true, slug: true } } as const;
  return {
    riskFactor: bySlug(await tx.riskFactor.findMany(idAndSlug)),
    outcome: bySlug(await tx.outcomeDomain.findMany(idAndSlug)),
    delivery: bySlug(await tx.deliveryMode.findMany(idAndSlug)),
    clearinghouse: bySlug(await tx.clearinghouse.findMany(idAndSlug)),
  };
}

async function reserve(tx: Tx, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const [row] = await tx.$queryRawUnsafe<{ ids: number[] }[]>(`SELECT ${reserveIdsSql(table, "$1")} AS ids`, count);
  return row.ids;
}

/** Column helpers: one value per row of `rows`. */
function columns<T>(rows: T[]) {
  return {
    text: (name: string, get: (row: T) => string | null, cast?: string): Column => ({
      name,
      type: "text",
      values: rows.map(get),
      cast,
    }),
    int: (name: string, get: (row: T) => number | null): Column => ({ name, type: "int", values: rows.map(get) }),
    float: (name: string, get: (row: T) => number | null): Column => ({ name, type: "float8", values: rows.map(get) }),
    bool: (name: string, get: (row: T) => boolean | null): Column => ({ name, type: "bool", values: rows.map(get) }),
  };
}

const NOW: Column = { name: "updatedAt", sql: "now()" };

/** Studies (with their effect sizes and review decisions) of interventions, or context studies (null). */
async function writeStudies(
  tx: Tx,
  studies: { study: StudyData; interventionId: number | null }[],
  ids: Ids,
  counts: ImportCounts,
  timings: InsertTimings,
): Promise<void> {
  if (studies.length === 0) return;
  const studyIds = await reserve(tx, "Study", studies.length);
  const rows = studies.map((s, i) => ({ ...s.study, id: studyIds[i], interventionId: s.interventionId }));
  const c = columns(rows);
  await insertColumns(
    tx,
    "Study",
    [
      c.int("id", (s) => s.id),
      c.text("key", (s) => s.key),
      c.text("scope", (s) => (s.interventionId === null ? "CONTEXT" : "INTERVENTION"), `"StudyScope"`),
      c.int("interventionId", (s) => s.interventionId),
      c.text("citation", (s) => s.citation),
      c.text("doi", (s) => s.doi),
      c.text("url", (s) => s.url),
      c.int("year", (s) => s.year),
      c.text("design", (s) => s.design, `"StudyDesign"`),
      c.text("country", (s) => s.country),
      c.int("sampleSize", (s) => s.sampleSize),
      c.int("studiesCount", (s) => s.studiesCount),
      c.float("randomisedShare", (s) => s.randomisedShare),
      c.int("followUpMonths", (s) => s.followUpMonths),
      c.text("riskOfBias", (s) => s.riskOfBias, `"RiskOfBias"`),
      c.text("riskOfBiasTool", (s) => s.riskOfBiasTool, `"RiskOfBiasTool"`),
      c.text("riskOfBiasDomains", (s) => pgArray(s.riskOfBiasDomains), `"BiasJudgement"[]`),
      c.text("summary", (s) => s.summary),
      c.text("status", (s) => s.status, `"StudyStatus"`),
      c.text("submittedAt", (s) => s.submittedAt, "timestamp(3)"),
      c.text("reviewedAt", (s) => s.reviewedAt, "timestamp(3)"),
      c.text("reviewerName", (s) => s.reviewerName),
      c.text("reviewReason", (s) => s.reviewReason),
      c.bool("isVerified", (s) => s.isVerified),
      c.bool("isDemo", (s) => s.isDemo),
      NOW,
    ],
    timings,
  );
  counts.studies += rows.length;

  const effects = rows.flatMap((s) => s.effectSizes.map((e) => ({ ...e, studyId: s.id })));
  const effectIds = await reserve(tx, "EffectSize", effects.length);
  if (effects.length) {
    const e = columns(effects.map((effect, i) => ({ ...effect, id: effectIds[i] })));
    await insertColumns(
      tx,
      "EffectSize",
      [
        e.int("id", (r) => r.id),
        e.int("studyId", (r) => r.studyId),
        e.int("outcomeDomainId", (r) => need(ids.outcome, r.outcome)),
        e.text("measure", (r) => r.measure, `"EffectMeasure"`),
        e.text("inputForm", (r) => r.inputForm, `"EffectInputForm"`),
        e.text("inputs", (r) => JSON.stringify(r.inputs), "jsonb"),
        e.float("yi", (r) => r.yi),
        e.float("vi", (r) => r.vi),
        e.float("reportedEstimate", (r) => r.reportedEstimate),
        e.float("reportedCiLower", (r) => r.reportedCiLower),
        e.float("reportedCiUpper", (r) => r.reportedCiUpper),
        e.text("reportedText", (r) => r.reportedText),
        e.int("sampleSize", (r) => r.sampleSize),
        e.bool("higherIsBetter", (r) => r.higherIsBetter),
        e.text("outcomeLabel", (r) => r.outcomeLabel),
        e.int("timepointMonths", (r) => r.timepointMonths),
        e.text("subgroup", (r) => r.subgroup),
        e.text("sourceUrl", (r) => r.sourceUrl),
        e.bool("isVerified", (r) => r.isVerified),
        e.text("note", (r) => r.note),
      ],
      timings,
    );
    counts.effectSizes += effects.length;
  }

  const decisions = rows.flatMap((s) => s.reviewDecisions.map((d) => ({ ...d, studyId: s.id })));
  const decisionIds = await reserve(tx, "ReviewDecision", decisions.length);
  if (decisions.length) {
    const d = columns(decisions.map((decision, i) => ({ ...decision, id: decisionIds[i] })));
    await insertColumns(
      tx,
      "ReviewDecision",
      [
        d.int("id", (r) => r.id),
        d.int("studyId", (r) => r.studyId),
        d.text("reviewerName", (r) => r.reviewerName),
        d.text("verdict", (r) => r.verdict, `"ReviewVerdict"`),
        d.text("reason", (r) => r.reason),
        d.bool("isTiebreak", (r) => r.isTiebreak),
        d.text("createdAt", (r) => r.createdAt, "timestamp(3)"),
      ],
      timings,
    );
    counts.reviewDecisions += decisions.length;
  }
}

async function writeInterventions(
  tx: Tx,
  chunk: InterventionData[],
  ids: Ids,
  counts: ImportCounts,
  timings: InsertTimings,
): Promise<void> {
  const interventionIds = await reserve(tx, "Intervention", chunk.length);
  const interventions = chunk.map((i, index) => ({ ...i, id: interventionIds[index] }));
  const i = columns(interventions);
  await insertColumns(
    tx,
    "Intervention",
    [
      i.int("id", (r) => r.id),
      i.text("slug", (r) => r.slug),
      i.text("nameNl", (r) => r.nameNl),
      i.text("nameEn", (r) => r.nameEn),
      i.text("summaryNl", (r) => r.summaryNl),
      i.text("summaryEn", (r) => r.summaryEn),
      i.text("descriptionNl", (r) => r.descriptionNl),
      i.text("descriptionEn", (r) => r.descriptionEn),
      i.text("aimsNl", (r) => r.aimsNl),
      i.text("aimsEn", (r) => r.aimsEn),
      i.text("providerNl", (r) => r.providerNl),
      i.text("providerEn", (r) => r.providerEn),
      i.text("intensityNl", (r) => r.intensityNl),
      i.text("intensityEn", (r) => r.intensityEn),
      i.int("sessionsMin", (r) => r.sessionsMin),
      i.int("sessionsMax", (r) => r.sessionsMax),
      i.int("durationWeeksMin", (r) => r.durationWeeksMin),
      i.int("durationWeeksMax", (r) => r.durationWeeksMax),
      i.text("costPerFamily", (r) => (r.costPerFamily === null ? null : String(r.costPerFamily)), "numeric(10,2)"),
      i.text("costCurrency", (r) => r.costCurrency),
      i.int("costYear", (r) => r.costYear),
      i.text("costSourceUrl", (r) => r.costSourceUrl),
      i.text("costNote", (r) => r.costNote),
      i.text("ownerOrganisation", (r) => r.ownerOrganisation),
      i.text("availabilityNl", (r) => r.availabilityNl, `"Availability"`),
      i.text("availabilityNote", (r) => r.availabilityNote),
      i.text("website", (r) => r.website),
      i.text("evidenceLevel", (r) => r.evidenceLevel, `"EvidenceLevel"`),
      i.text("lastReviewedOn", (r) => r.lastReviewedOn, "date"),
      i.text("sourceNote", (r) => r.sourceNote),
      i.bool("isDemo", (r) => r.isDemo),
      NOW,
    ],
    timings,
  );
  counts.interventions += interventions.length;

  const links = interventions.flatMap((r) =>
    r.deliveryModes.map((slug) => ({ mode: need(ids.delivery, slug), id: r.id })),
  );
  if (links.length) {
    const l = columns(links);
    await insertColumns(
      tx,
      "_DeliveryModeToIntervention",
      [l.int("A", (r) => r.mode), l.int("B", (r) => r.id)],
      timings,
    );
  }

  const groups = interventions.flatMap((r) => r.targetGroups.map((g) => ({ ...g, interventionId: r.id })));
  const groupIds = await reserve(tx, "TargetGroup", groups.length);
  if (groups.length) {
    const g = columns(groups.map((group, index) => ({ ...group, id: groupIds[index] })));
    await insertColumns(
      tx,
      "TargetGroup",
      [
        g.int("id", (r) => r.id),
        g.int("interventionId", (r) => r.interventionId),
        g.text("preventionLevel", (r) => r.preventionLevel, `"PreventionLevel"`),
        g.int("ageMinMonths", (r) => r.ageMinMonths),
        g.int("ageMaxMonths", (r) => r.ageMaxMonths),
        g.text("descriptionNl", (r) => r.descriptionNl),
        g.text("descriptionEn", (r) => r.descriptionEn),
        // One array literal per row: unnest would flatten an array of arrays.
        g.text("adviceGroups", (r) => pgArray(r.adviceGroups), `"AdviceGroup"[]`),
      ],
      timings,
    );
    counts.targetGroups += groups.length;
    const riskLinks = groups.flatMap((group, index) =>
      group.riskFactors.map((slug) => ({ factor: need(ids.riskFactor, slug), group: groupIds[index] })),
    );
    if (riskLinks.length) {
      const l = columns(riskLinks);
      await insertColumns(
        tx,
        "_RiskFactorToTargetGroup",
        [l.int("A", (r) => r.factor), l.int("B", (r) => r.group)],
        timings,
      );
    }
  }

  const recognitions = interventions.flatMap((r) =>
    r.recognition ? [{ ...r.recognition, interventionId: r.id }] : [],
  );
  if (recognitions.length) {
    const r = columns(recognitions);
    await insertColumns(
      tx,
      "Recognition",
      [
        r.int("interventionId", (x) => x.interventionId),
        r.text("status", (x) => x.status, `"RecognitionStatus"`),
        r.text("level", (x) => x.level, `"EvidenceLevel"`),
        r.bool("isRecognised", (x) => isRecognisedAsEffective(x.status, x.level)),
        r.text("committee", (x) => x.committee),
        r.bool("isVerified", (x) => x.isVerified),
        r.text("decidedOn", (x) => x.decidedOn, "date"),
        r.text("expiresOn", (x) => x.expiresOn, "date"),
        r.text("justification", (x) => x.justification),
        r.text("sourceUrl", (x) => x.sourceUrl),
        NOW,
      ],
      timings,
    );
  }

  const events = interventions.flatMap((r) => r.ratingHistory.map((e) => ({ ...e, interventionId: r.id })));
  const eventIds = await reserve(tx, "RatingEvent", events.length);
  if (events.length) {
    const e = columns(events.map((event, index) => ({ ...event, id: eventIds[index] })));
    await insertColumns(
      tx,
      "RatingEvent",
      [
        e.int("id", (x) => x.id),
        e.int("interventionId", (x) => x.interventionId),
        e.text("kind", (x) => x.kind, `"RatingEventKind"`),
        e.text("fromLevel", (x) => x.fromLevel, `"EvidenceLevel"`),
        e.text("toLevel", (x) => x.toLevel, `"EvidenceLevel"`),
        e.bool("fromRecognised", (x) => x.fromRecognised),
        e.bool("toRecognised", (x) => x.toRecognised),
        e.text("fromStatus", (x) => x.fromStatus, `"RecognitionStatus"`),
        e.text("toStatus", (x) => x.toStatus, `"RecognitionStatus"`),
        e.text("committee", (x) => x.committee),
        e.text("justification", (x) => x.justification),
        e.text("decidedOn", (x) => x.decidedOn),
        e.text("actorName", (x) => x.actorName),
        e.text("sourceUrl", (x) => x.sourceUrl),
        e.bool("isVerified", (x) => x.isVerified),
        e.text("createdAt", (x) => x.createdAt, "timestamp(3)"),
      ],
      timings,
    );
    counts.ratingEvents += events.length;
  }

  const ratings = interventions.flatMap((r) => r.externalRatings.map((x) => ({ ...x, interventionId: r.id })));
  const ratingIds = await reserve(tx, "ExternalRating", ratings.length);
  if (ratings.length) {
    const x = columns(ratings.map((rating, index) => ({ ...rating, id: ratingIds[index] })));
    await insertColumns(
      tx,
      "ExternalRating",
      [
        x.int("id", (r) => r.id),
        x.int("interventionId", (r) => r.interventionId),
        x.int("clearinghouseId", (r) => need(ids.clearinghouse, r.clearinghouse)),
        x.text("level", (r) => r.level),
        x.text("levelAsWritten", (r) => r.levelAsWritten),
        x.text("topic", (r) => r.topic),
        x.text("ratedOn", (r) => r.ratedOn),
        x.text("reviewedOn", (r) => r.reviewedOn),
        x.text("url", (r) => r.url),
        x.bool("isVerified", (r) => r.isVerified),
        x.text("note", (r) => r.note),
      ],
      timings,
    );
    counts.externalRatings += ratings.length;
  }

  const provenance = interventions.flatMap((r) => r.provenance.map((p) => ({ ...p, interventionId: r.id })));
  if (provenance.length) {
    const p = columns(provenance);
    await insertColumns(
      tx,
      "FieldProvenance",
      [
        p.int("interventionId", (r) => r.interventionId),
        p.text("path", (r) => r.path),
        p.text("kind", (r) => r.kind, `"ProvenanceKind"`),
        p.text("reasonNl", (r) => r.reasonNl),
        p.text("reasonEn", (r) => r.reasonEn),
        p.text("sourceUrl", (r) => r.sourceUrl),
      ],
      timings,
    );
  }

  // Before the studies: the headline effects recomputed below take the overrides in force into account.
  const overrides = interventions.flatMap((r) => r.certaintyOverrides.map((o) => ({ ...o, interventionId: r.id })));
  const overrideIds = await reserve(tx, "CertaintyOverride", overrides.length);
  if (overrides.length) {
    const o = columns(overrides.map((override, index) => ({ ...override, id: overrideIds[index] })));
    await insertColumns(
      tx,
      "CertaintyOverride",
      [
        o.int("id", (r) => r.id),
        o.int("interventionId", (r) => r.interventionId),
        o.int("outcomeDomainId", (r) => need(ids.outcome, r.outcome)),
        o.text("level", (r) => r.level, `"CertaintyLevel"`),
        o.text("reason", (r) => r.reason),
        o.text("actorName", (r) => r.actorName),
        o.text("createdAt", (r) => r.createdAt, "timestamp(3)"),
      ],
      timings,
    );
    counts.certaintyOverrides += overrides.length;
  }

  await writeStudies(
    tx,
    interventions.flatMap((r) => r.studies.map((study) => ({ study, interventionId: r.id }))),
    ids,
    counts,
    timings,
  );

  // Headline effects are derived: recomputed from the accepted evidence just written.
  for (const r of interventions) {
    if (r.studies.some((s) => s.status === "ACCEPTED" && s.effectSizes.length > 0)) {
      await recomputePooledEffects(tx, r.id);
    }
  }
}

export const emptyCounts = (): ImportCounts => ({
  riskFactors: 0,
  outcomeDomains: 0,
  deliveryModes: 0,
  clearinghouses: 0,
  interventions: 0,
  targetGroups: 0,
  ratingEvents: 0,
  externalRatings: 0,
  certaintyOverrides: 0,
  studies: 0,
  effectSizes: 0,
  reviewDecisions: 0,
});

/** Writes everything in `tx`; `onProgress` gets the number of records (interventions, context studies) written. */
export async function writeCatalogue(
  tx: Tx,
  catalogue: Catalogue,
  onProgress?: (written: number) => void,
  chunkSize = WRITE_CHUNK,
): Promise<ImportCounts> {
  const counts = emptyCounts();
  const timings: InsertTimings = new Map();
  // The facet triggers' functions cache their plans per session. Made while this transaction's tables were
  // still small, a cached plan scans whole tables, and every chunk then takes longer than the one before (an
  // import of 20,000 interventions slowed to minutes per 2,000). Planned afresh each call, they use indexes.
  await tx.$executeRawUnsafe("SET LOCAL plan_cache_mode = force_custom_plan");
  const ids = await writeVocabulary(tx, catalogue, counts);
  let written = 0;
  for (let from = 0; from < catalogue.interventions.length; from += chunkSize) {
    const chunk = catalogue.interventions.slice(from, from + chunkSize);
    await writeInterventions(tx, chunk, ids, counts, timings);
    written += chunk.length;
    onProgress?.(written);
  }
  for (let from = 0; from < catalogue.contextStudies.length; from += chunkSize * 4) {
    const chunk = catalogue.contextStudies.slice(from, from + chunkSize * 4);
    await writeStudies(
      tx,
      chunk.map((study) => ({ study, interventionId: null })),
      ids,
      counts,
      timings,
    );
    written += chunk.length;
    onProgress?.(written);
  }
  return counts;
}
