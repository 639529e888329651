/**
 * Loads the synthetic scale data set (seed/scale/generate.ts) into a migrated database that has the
 * taxonomy, in batches of interventions. Each batch — interventions with their target groups, links,
 * recognition, rating event, studies, effect sizes and pooled effects — is written in one transaction, so a
 * failure leaves no half-written batch (earlier batches stay; rerun with --replace).
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Db, Tx } from "../../lib/database/client";
import { recomputePooledEffects } from "../../lib/evidence/pooling";
import { mergeFacetBitmaps } from "../../lib/intervention/facet-merge";
import { riskFactors as riskFactorTaxonomy } from "../curated/taxonomy";
import { insertColumns, reserveIdsSql, type InsertTimings } from "./bulk";
import { generateBatch, makePlan, providerDictionary, setRiskFactorNames, type Batch, type Lookups } from "./generate";
import type { GenerateWorkerData } from "./generate-worker";
import { headlineKind } from "./pooled";
import { Random } from "./random";
import { themes } from "./vocabulary";

export type ScaleOptions = {
  interventions: number;
  effects: number;
  seed: number;
  /** Delete existing demo data first; without it, existing demo data means nothing is added. */
  replace: boolean;
  /** Interventions per batch (one transaction each). */
  batchSize?: number;
  /** Most effect sizes per INSERT statement. */
  effectChunk?: number;
  /** ANALYZE the loaded tables after the first batch and VACUUM ANALYZE them at the end (default true). */
  analyze?: boolean;
  /**
   * Refresh InterventionFacet once per batch instead of once per insert statement (default true): the
   * facet triggers are off while the loader runs (see switchFacetTriggersOff).
   */
  deferFacets?: boolean;
  /** Batches written at the same time, each in its own transaction and connection (1 for PGlite). */
  concurrency?: number;
  /**
   * Generate the batches in a worker thread (seed/scale/generate-worker.ts, loaded with tsx) instead of
   * between the statements on this thread.
   */
  generateInWorker?: boolean;
  onProgress?: (progress: { interventions: number; effectSizes: number; phase: string }) => void;
};

export type ScaleResult =
  | { status: "skipped"; existingDemo: number }
  | {
      status: "loaded";
      removed: { demoInterventions: number; method: "none" | "truncate" | "delete"; ms: number };
      timings: InsertTimings;
      /** Time spent generating (overlaps with the inserts). */
      generateMs: number;
      /** Wall time of the generate-and-write phase. */
      loadMs: number;
      /** Final VACUUM (ANALYZE) of the loaded tables (and VACUUM FULL of the derived ones, see derivedTables). */
      vacuumMs: number;
      /** intervention_facet_merge() after loading: interventions merged, still pending (another writer). */
      merge: { merged: number; pending: number; ms: number };
      verify: Verification & { ms: number };
      /** Headline effects written, by basis (POOLED_DL: REML did not converge, DerSimonian–Laird instead). */
      headlines: Map<string, number>;
      /** What the synthetic catalogue holds, read back from the database (see describeDemoData). */
      described: DemoDataDescription;
    };

export type Verification = {
  checked: number;
  unchanged: number;
  /** Headline rows of the checked interventions by kind (basis, and the pooling method when not REML). */
  kinds: Map<string, number>;
};

/** Tables written by the loader, in insert order (the join tables are Prisma's implicit m:n tables). */
export const SCALE_TABLES = [
  "Intervention",
  "_DeliveryModeToIntervention",
  "TargetGroup",
  "_RiskFactorToTargetGroup",
  "Recognition",
  "RatingEvent",
  "Study",
  "EffectSize",
  "PooledEffect",
] as const;

const ANALYZE_TABLES = [...SCALE_TABLES, "InterventionFacet"];

/** The tables the facet refresh writes besides InterventionFacet: "InterventionFacet…", "InterventionSearch", … */
async function derivedTables(db: Db): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT relname::text AS name FROM pg_class
      WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relname LIKE 'Intervention_%'
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Brings the facet bitmaps up to date with the interventions the loader wrote or removed (they are pending
 * until then: exact for readers, but each catalogue request pays for them), as the README asks of loaders
 * after bulk writes. Only one merge runs at a time: while an app process is merging, waits and tries again,
 * for at most `patienceMs`. Returns how many interventions it merged and how many are still pending.
 */
export async function mergeFacets(db: Db, patienceMs = 60_000): Promise<{ merged: number; pending: number }> {
  const deadline = performance.now() + patienceMs;
  let merged = 0;
  for (;;) {
    merged += await mergeFacetBitmaps(db);
    const [{ pending }] = await db.$queryRawUnsafe<{ pending: number }[]>(
      `SELECT count(*)::int AS pending FROM "InterventionFacetPending"`,
    );
    if (pending === 0 || performance.now() > deadline) return { merged, pending };
    await sleep(250);
  }
}

export async function countDemoInterventions(db: Db): Promise<number> {
  return db.intervention.count({ where: { isDemo: true } });
}

async function lookups(db: Db): Promise<Lookups> {
  const [risk, outcome, delivery] = await Promise.all([
    db.riskFactor.findMany({ select: { id: true, slug: true } }),
    db.outcomeDomain.findMany({ select: { id: true, slug: true, higherIsBetter: true } }),
    db.deliveryMode.findMany({ select: { id: true, slug: true } }),
  ]);
  return {
    riskFactor: new Map(risk.map((r) => [r.slug, r.id])),
    outcome: new Map(outcome.map((o) => [o.slug, { id: o.id, higherIsBetter: o.higherIsBetter }])),
    delivery: new Map(delivery.map((d) => [d.slug, d.id])),
  };
}

/**
 * Removes the demo interventions and everything hanging off them.
 * - When the database holds nothing but demo data, TRUNCATE … CASCADE: fast, and not affected by the
 *   row-level append-only trigger on RatingEvent (TRUNCATE fires no DELETE triggers).
 * - Otherwise (curated data present, the usual case) DELETE, bottom-up so the cascades find little to do.
 *   RatingEvent refuses DELETE (trigger rating_event_append_only: the public rating history is
 *   append-only). Synthetic history is no public record, so its rows are removed with that trigger
 *   disabled inside this same transaction only: ALTER TABLE holds an ACCESS EXCLUSIVE lock on RatingEvent
 *   until commit, so no other session can write a rating event while the trigger is off, the trigger is
 *   enabled again before commit, and on any error the rollback undoes the ALTER too.
 *   The facet DELETE triggers of the child tables are off in this transaction too (same reasoning as for
 *   RatingEvent): each would rebuild the facet rows of all demo interventions after every statement, only
 *   for those rows to go with their interventions at the end, when InterventionFacet's own delete trigger
 *   clears their bits from the bitmaps.
 */
export async function removeDemoData(
  db: Db,
): Promise<{ demoInterventions: number; method: "none" | "truncate" | "delete" }> {
  const demoInterventions = await countDemoInterventions(db);
  if (demoInterventions === 0) return { demoInterventions, method: "none" };
  const [other] = await db.$queryRawUnsafe<{ interventions: number; studies: number }[]>(
    `SELECT (SELECT count(*) FROM "Intervention" WHERE NOT "isDemo")::int AS interventions,
            (SELECT count(*) FROM "Study" WHERE NOT "isDemo" OR "interventionId" IS NULL)::int AS studies`,
  );
  if (other.interventions === 0 && other.studies === 0) {
    await db.$executeRawUnsafe(
      `TRUNCATE "Intervention", "TargetGroup", "_RiskFactorToTargetGroup", "_DeliveryModeToIntervention", "Recognition",
                "RatingEvent", "ExternalRating", "Study", "EffectSize", "PooledEffect" CASCADE`,
    );
    return { demoInterventions, method: "truncate" };
  }
  const demo = `(SELECT id FROM "Intervention" WHERE "isDemo")`;
  await db.$transaction(
    async (tx) => {
      const facetDeleteTriggers = await facetTriggers(tx, "DELETE");
      for (const [table, trigger] of facetDeleteTriggers) {
        await tx.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
      }
      await tx.$executeRawUnsafe(
        `DELETE FROM "EffectSize" e USING "Study" s WHERE e."studyId" = s.id AND s."interventionId" IN ${demo}`,
      );
      // Headlines first: their sourceStudyId would otherwise be set to null row by row as the studies go.
      await tx.$executeRawUnsafe(`DELETE FROM "PooledEffect" WHERE "interventionId" IN ${demo}`);
      await tx.$executeRawUnsafe(`DELETE FROM "Study" WHERE "interventionId" IN ${demo}`);
      await tx.$executeRawUnsafe(
        `DELETE FROM "_RiskFactorToTargetGroup" l USING "TargetGroup" g WHERE l."B" = g.id AND g."interventionId" IN ${demo}`,
      );
      await tx.$executeRawUnsafe(`DELETE FROM "TargetGroup" WHERE "interventionId" IN ${demo}`);
      await tx.$executeRawUnsafe(`DELETE FROM "_DeliveryModeToIntervention" WHERE "B" IN ${demo}`);
      await tx.$executeRawUnsafe(`DELETE FROM "Recognition" WHERE "interventionId" IN ${demo}`);
      await tx.$executeRawUnsafe(`DELETE FROM "ExternalRating" WHERE "interventionId" IN ${demo}`);
      // See the function comment: the append-only trigger is off for this transaction only.
      await tx.$executeRawUnsafe(`ALTER TABLE "RatingEvent" DISABLE TRIGGER rating_event_append_only`);
      await tx.$executeRawUnsafe(`DELETE FROM "RatingEvent" WHERE "interventionId" IN ${demo}`);
      await tx.$executeRawUnsafe(`ALTER TABLE "RatingEvent" ENABLE TRIGGER rating_event_append_only`);
      for (const [table, trigger] of facetDeleteTriggers) {
        await tx.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
      }
      // Their search rows in one statement: through the cascade they would go one facet row at a time.
      await tx.$executeRawUnsafe(`DELETE FROM "InterventionSearch" WHERE "interventionId" IN ${demo}`);
      // Cascades to InterventionFacet, whose delete trigger clears the bitmaps.
      await tx.$executeRawUnsafe(`DELETE FROM "Intervention" WHERE "isDemo"`);
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  return { demoInterventions, method: "delete" };
}

/**
 * The loader switches triggers off inside its transactions (ALTER TABLE … DISABLE TRIGGER), which only the
 * tables' owner may do: with two roles, seed:scale connects through DATABASE_MIGRATION_URL (the owner), not
 * the app's role. Checked before any work, so a wrong role fails at once and not after generating a batch.
 */
async function requireTableOwner(db: Db): Promise<void> {
  const [row] = await db.$queryRaw<{ user: string; owns: boolean }[]>`
    SELECT current_user::text AS user,
           coalesce(bool_and(pg_has_role(current_user, c.relowner, 'USAGE')), false) AS owns
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
       AND c.relname IN ('Intervention', 'TargetGroup', 'Study', 'EffectSize', 'RatingEvent')`;
  if (!row.owns) {
    throw new Error(
      `seed:scale must run as the owner of the tables (it switches their triggers off while it loads), not as ` +
        `"${row.user}": set DATABASE_MIGRATION_URL to the owner's connection`,
    );
  }
}

/**
 * The statement-level INSERT or DELETE triggers on the source tables that refresh InterventionFacet (and its
 * bitmaps and search document), as [table, trigger] pairs in table-name order, found by their function
 * (intervention_facet_from…) so that new ones are included. InterventionFacet's own triggers, which keep the
 * bitmaps in step with its rows, are not among them.
 */
async function facetTriggers(db: Db | Tx, event: "INSERT" | "DELETE"): Promise<[string, string][]> {
  const rows = await db.$queryRawUnsafe<{ table: string; trigger: string }[]>(
    `SELECT c.relname::text AS "table", t.tgname::text AS "trigger"
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace
        AND p.proname LIKE 'intervention\\_facet\\_from%' AND (t.tgtype & $1::int) <> 0
      ORDER BY 1, 2`,
    event === "INSERT" ? 4 : 8,
  );
  return rows.map((r) => [r.table, r.trigger]);
}

/**
 * Switches the facet INSERT triggers off for the whole load, in one short transaction that commits. Each
 * batch then refreshes its own interventions' facet rows (intervention_facet_refresh, the function the
 * triggers call) in its own transaction, so the batches written in parallel never wait for each other.
 * Switching them off per batch instead (ALTER TABLE inside the batch's transaction) holds a lock on every
 * source table until the batch commits, and the parallel batches queued on it: that doubled the load time.
 * While the load runs the triggers are off for every session: switchFacetTriggersOn refreshes the
 * interventions the loader did not write when it switches them on again, so whatever the app changed
 * meanwhile is in the facet rows once the load ends. A load that was killed leaves them off until the next
 * seed:scale run switches them on (it does so first, with or without --facets-per-statement).
 */
async function switchFacetTriggersOff(db: Db, triggers: [string, string][]): Promise<void> {
  if (triggers.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const [table, trigger] of triggers) {
      await tx.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
    }
  });
}

/**
 * Switches every facet trigger that is off back on, and refreshes the facet rows of the interventions that
 * are not demo data in the same transaction (whose ALTER TABLE locks keep other writers out until commit).
 * Returns the number of triggers switched on (0: all were on, nothing done).
 */
async function switchFacetTriggersOn(db: Db): Promise<number> {
  const off = await db.$queryRawUnsafe<{ table: string; trigger: string }[]>(
    `SELECT c.relname::text AS "table", t.tgname::text AS "trigger"
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace
        AND p.proname LIKE 'intervention\\_facet\\_from%' AND t.tgenabled = 'D'
      ORDER BY 1, 2`,
  );
  if (off.length === 0) return 0;
  await db.$transaction(
    async (tx) => {
      for (const { table, trigger } of off) {
        await tx.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
      }
      await tx.$executeRawUnsafe(
        `SELECT intervention_facet_refresh(ARRAY(SELECT id FROM "Intervention" WHERE NOT "isDemo" ORDER BY id))`,
      );
    },
    { timeout: 10 * 60_000, maxWait: 10 * 60_000 },
  );
  return off.length;
}

const DESCRIPTION_NL =
  "Synthetische interventie voor schaal- en prestatietests (demo-data, gegenereerd door seed/scale.mts). Geen bestaande interventie.";
const DESCRIPTION_EN =
  "Synthetic intervention for scale and performance tests (demo data generated by seed/scale.mts). Not a real intervention.";
const ACTOR = "Synthetic data";

/**
 * Writes one batch in the caller's transaction. With `deferFacets` the facet triggers are off (see
 * switchFacetTriggersOff) and intervention_facet_refresh() — the function they call — runs once for the
 * batch's interventions just before commit: the triggers would otherwise rebuild every facet row and search
 * document of the batch after each of the seven insert statements (about 3 times the database CPU time at
 * 10,000 interventions: 40 s against 12 s). The bitmaps are merged after the last batch either way
 * (mergeFacets).
 */
async function writeBatch(
  tx: Tx,
  b: Batch,
  timings: InsertTimings,
  sourceNote: string,
  effectChunk: number,
  deferFacets: boolean,
) {
  const started = performance.now();
  const [ids] = await tx.$queryRawUnsafe<{ interventions: number[]; targetGroups: number[]; studies: number[] }[]>(
    `SELECT ${reserveIdsSql("Intervention", "$1")} AS interventions, ${reserveIdsSql("TargetGroup", "$2")} AS "targetGroups",
            ${reserveIdsSql("Study", "$3")} AS studies`,
    b.interventions.slug.length,
    b.targetGroups.interventionOf.length,
    b.studies.interventionOf.length,
  );
  const entry = timings.get("(reserve ids)") ?? { rows: 0, ms: 0 };
  entry.ms += performance.now() - started;
  timings.set("(reserve ids)", entry);
  const iid = (local: number[]) => local.map((l) => ids.interventions[l]);

  const i = b.interventions;
  await insertColumns(
    tx,
    "Intervention",
    [
      { name: "id", type: "int", values: ids.interventions },
      { name: "slug", type: "text", values: i.slug },
      { name: "nameNl", type: "text", values: i.nameNl },
      { name: "nameEn", type: "text", values: i.nameEn },
      { name: "summaryNl", type: "text", values: i.summaryNl },
      { name: "summaryEn", type: "text", values: i.summaryEn },
      { name: "descriptionNl", constant: DESCRIPTION_NL, type: "text" },
      { name: "descriptionEn", constant: DESCRIPTION_EN, type: "text" },
      { name: "aimsNl", dictionary: themes.map((t) => t.aimsNl), index: i.theme },
      { name: "aimsEn", dictionary: themes.map((t) => t.aimsEn), index: i.theme },
      { name: "providerNl", dictionary: providerDictionary.map((p) => p.nl.replace(/^een /, "")), index: i.provider },
      { name: "providerEn", dictionary: providerDictionary.map((p) => p.en.replace(/^an? /, "")), index: i.provider },
      { name: "intensityNl", type: "text", values: i.intensityNl },
      { name: "intensityEn", type: "text", values: i.intensityEn },
      { name: "sessionsMin", type: "int", values: i.sessionsMin },
      { name: "sessionsMax", type: "int", values: i.sessionsMax },
      { name: "durationWeeksMin", type: "int", values: i.durationWeeksMin },
      { name: "durationWeeksMax", type: "int", values: i.durationWeeksMax },
      { name: "costPerFamily", type: "float8", values: i.costPerFamily, cast: "numeric(10,2)" },
      { name: "costCurrency", type: "text", values: i.costCurrency },
      { name: "costYear", type: "int", values: i.costYear },
      { name: "ownerOrganisation", type: "text", values: i.ownerOrganisation },
      { name: "availabilityNl", type: "text", values: i.availabilityNl, cast: `"Availability"` },
      { name: "evidenceLevel", type: "text", values: i.evidenceLevel, cast: `"EvidenceLevel"` },
      { name: "lastReviewedOn", type: "text", values: i.lastReviewedOn, cast: "date" },
      { name: "sourceNote", constant: sourceNote, type: "text" },
      { name: "isDemo", sql: "true" },
      { name: "updatedAt", sql: "now()" },
    ],
    timings,
  );

  await insertColumns(
    tx,
    "_DeliveryModeToIntervention",
    [
      { name: "A", type: "int", values: b.deliveryLinks.deliveryModeId },
      { name: "B", type: "int", values: iid(b.deliveryLinks.interventionOf) },
    ],
    timings,
  );

  const g = b.targetGroups;
  await insertColumns(
    tx,
    "TargetGroup",
    [
      { name: "id", type: "int", values: ids.targetGroups },
      { name: "interventionId", type: "int", values: iid(g.interventionOf) },
      { name: "preventionLevel", type: "text", values: g.preventionLevel, cast: `"PreventionLevel"` },
      { name: "ageMinMonths", type: "int", values: g.ageMinMonths },
      { name: "ageMaxMonths", type: "int", values: g.ageMaxMonths },
      { name: "descriptionNl", type: "text", values: g.descriptionNl },
      { name: "descriptionEn", type: "text", values: g.descriptionEn },
      // One array literal per row ("{RISK_FACTORS,ASKS_FOR_SUPPORT}"): unnest would flatten an array of arrays.
      {
        name: "adviceGroups",
        type: "text",
        values: g.adviceGroups.map((a) => `{${a.join(",")}}`),
        cast: `"AdviceGroup"[]`,
      },
    ],
    timings,
  );

  await insertColumns(
    tx,
    "_RiskFactorToTargetGroup",
    [
      { name: "A", type: "int", values: b.riskFactorLinks.riskFactorId },
      { name: "B", type: "int", values: b.riskFactorLinks.targetGroupOf.map((l) => ids.targetGroups[l]) },
    ],
    timings,
  );

  const r = b.recognitions;
  if (r.interventionOf.length) {
    await insertColumns(
      tx,
      "Recognition",
      [
        { name: "interventionId", type: "int", values: iid(r.interventionOf) },
        { name: "status", type: "text", values: r.status, cast: `"RecognitionStatus"` },
        { name: "level", type: "text", values: r.level, cast: `"EvidenceLevel"` },
        { name: "isRecognised", type: "bool", values: r.isRecognised },
        { name: "committee", type: "text", values: r.committee },
        { name: "isVerified", sql: "false" },
        { name: "decidedOn", type: "text", values: r.decidedOn, cast: "date" },
        { name: "expiresOn", type: "text", values: r.expiresOn, cast: "date" },
        { name: "justification", type: "text", values: r.justification },
        { name: "updatedAt", sql: "now()" },
      ],
      timings,
    );
  }

  const e = b.ratingEvents;
  if (e.interventionOf.length) {
    await insertColumns(
      tx,
      "RatingEvent",
      [
        { name: "interventionId", type: "int", values: iid(e.interventionOf) },
        { name: "kind", sql: `'LEVEL'::"RatingEventKind"` },
        { name: "toLevel", type: "text", values: e.toLevel, cast: `"EvidenceLevel"` },
        { name: "fromRecognised", sql: "false" },
        { name: "toRecognised", type: "bool", values: e.toRecognised },
        { name: "fromStatus", sql: `'ONBEKEND'::"RecognitionStatus"` },
        { name: "toStatus", type: "text", values: e.toStatus, cast: `"RecognitionStatus"` },
        { name: "committee", type: "text", values: e.committee },
        { name: "justification", type: "text", values: e.justification },
        { name: "decidedOn", type: "text", values: e.decidedOn },
        { name: "actorName", constant: ACTOR, type: "text" },
        { name: "isVerified", sql: "false" },
      ],
      timings,
    );
  }

  const s = b.studies;
  await insertColumns(
    tx,
    "Study",
    [
      { name: "id", type: "int", values: ids.studies },
      { name: "interventionId", type: "int", values: iid(s.interventionOf) },
      { name: "citation", type: "text", values: s.citation },
      { name: "year", type: "int", values: s.year },
      { name: "design", type: "text", values: s.design, cast: `"StudyDesign"` },
      { name: "country", type: "text", values: s.country },
      { name: "sampleSize", type: "int", values: s.sampleSize },
      { name: "studiesCount", type: "int", values: s.studiesCount },
      { name: "followUpMonths", type: "int", values: s.followUpMonths },
      { name: "riskOfBias", type: "text", values: s.riskOfBias, cast: `"RiskOfBias"` },
      { name: "status", sql: `'ACCEPTED'::"StudyStatus"` },
      { name: "reviewReason", constant: "Synthetic demo data (seed/scale.mts)", type: "text" },
      { name: "isVerified", sql: "false" },
      { name: "isDemo", sql: "true" },
      { name: "updatedAt", sql: "now()" },
    ],
    timings,
  );

  const x = b.effectSizes;
  await insertColumns(
    tx,
    "EffectSize",
    [
      { name: "studyId", type: "int", values: x.studyOf.map((l) => ids.studies[l]) },
      { name: "outcomeDomainId", type: "int", values: x.outcomeDomainId },
      { name: "measure", sql: `'SMD'::"EffectMeasure"` },
      { name: "inputForm", type: "text", values: x.inputForm, cast: `"EffectInputForm"` },
      { name: "inputs", type: "text", values: x.inputs, cast: "jsonb" },
      { name: "yi", type: "float8", values: x.yi },
      { name: "vi", type: "float8", values: x.vi },
      { name: "reportedEstimate", type: "float8", values: x.reportedEstimate },
      { name: "reportedCiLower", type: "float8", values: x.reportedCiLower },
      { name: "reportedCiUpper", type: "float8", values: x.reportedCiUpper },
      { name: "reportedText", type: "text", values: x.reportedText },
      { name: "sampleSize", type: "int", values: x.sampleSize },
      { name: "higherIsBetter", type: "bool", values: x.higherIsBetter },
      { name: "outcomeLabel", type: "text", values: x.outcomeLabel },
      { name: "isVerified", sql: "false" },
    ],
    timings,
    effectChunk,
  );

  const p = b.pooledEffects;
  await insertColumns(
    tx,
    "PooledEffect",
    [
      { name: "interventionId", type: "int", values: iid(p.interventionOf) },
      { name: "outcomeDomainId", type: "int", values: p.outcomeDomainId },
      { name: "basis", type: "text", values: p.basis, cast: `"HeadlineBasis"` },
      {
        name: "sourceStudyId",
        type: "int",
        values: p.sourceStudyOf.map((l) => (l === null ? null : ids.studies[l])),
      },
      { name: "measure", sql: `'SMD'::"EffectMeasure"` },
      { name: "method", type: "text", values: p.method },
      { name: "k", type: "int", values: p.k },
      { name: "totalN", type: "int", values: p.totalN },
      { name: "estimate", type: "float8", values: p.estimate },
      { name: "se", type: "float8", values: p.se },
      { name: "ciLower", type: "float8", values: p.ciLower },
      { name: "ciUpper", type: "float8", values: p.ciUpper },
      { name: "piLower", type: "float8", values: p.piLower },
      { name: "piUpper", type: "float8", values: p.piUpper },
      { name: "tau2", type: "float8", values: p.tau2 },
      { name: "i2", type: "float8", values: p.i2 },
      { name: "q", type: "float8", values: p.q },
      { name: "certainty", type: "text", values: p.certainty, cast: `"CertaintyLevel"` },
      { name: "certaintyReasons", type: "text", values: p.certaintyReasons, cast: "jsonb" },
      { name: "updatedAt", sql: "now()" },
    ],
    timings,
  );

  if (deferFacets) {
    const refreshStarted = performance.now();
    await tx.$executeRawUnsafe(`SELECT intervention_facet_refresh($1::int[])`, ids.interventions);
    const refresh = timings.get("InterventionFacet") ?? { rows: 0, ms: 0 };
    refresh.rows += ids.interventions.length;
    refresh.ms += performance.now() - refreshStarted;
    timings.set("InterventionFacet", refresh);
  }
}

class Rollback extends Error {}

/**
 * Recomputes the headline effects of a sample of demo interventions with lib/evidence/pooling.ts inside a
 * transaction that is always rolled back, and counts how many came out identical to what was loaded. The
 * sample is `sample` interventions spread evenly over the demo ids, plus up to `perKind` interventions
 * (spread by a hash of the id) with a headline of each kind present: POOLED, META_ANALYSIS, SINGLE_STUDY
 * and pools where REML fell back to another estimator, so that every headline rule is checked.
 */
export async function verifyPooledEffects(db: Db, sample = 25, perKind = 5): Promise<Verification> {
  const picked = await db.$queryRawUnsafe<{ id: number }[]>(
    `WITH demo AS (
       SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM "Intervention" WHERE "isDemo"
     ), even AS (
       SELECT id FROM demo WHERE n % greatest(1, total / $1::int) = 0 ORDER BY id LIMIT $1::int
     ), kinds AS (
       SELECT p."interventionId" AS id,
              row_number() OVER (PARTITION BY p.basis, p.basis = 'POOLED' AND p.method <> 'REML', p.method
                                 ORDER BY md5(p."interventionId"::text)) AS n
         FROM "PooledEffect" p JOIN "Intervention" i ON i.id = p."interventionId" AND i."isDemo"
     )
     SELECT id FROM even
     UNION
     SELECT id FROM kinds WHERE n <= $2::int
     ORDER BY id`,
    sample,
    perKind,
  );
  let unchanged = 0;
  const kinds = new Map<string, number>();
  try {
    await db.$transaction(
      async (tx) => {
        for (const { id } of picked) {
          const before = await tx.pooledEffect.findMany({
            where: { interventionId: id },
            orderBy: { outcomeDomainId: "asc" },
          });
          for (const row of before) kinds.set(headlineKind(row), (kinds.get(headlineKind(row)) ?? 0) + 1);
          await recomputePooledEffects(tx, id);
          const after = await tx.pooledEffect.findMany({
            where: { interventionId: id },
            orderBy: { outcomeDomainId: "asc" },
          });
          if (JSON.stringify(before) === JSON.stringify(after)) unchanged += 1;
        }
        throw new Rollback();
      },
      { timeout: 300_000 },
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return { checked: picked.length, unchanged, kinds };
}

export type DemoDataDescription = {
  /** Demo interventions by Recognition status ("(none)": no Recognition row), with how many are recognised. */
  recognitions: { status: string; level: string; interventions: number; recognised: number }[];
  /** Demo interventions by Health Council target group, from the trigger-maintained facet rows. */
  adviceGroups: { adviceGroup: string; interventions: number }[];
  /** Demo interventions whose facet row says recognised (should equal the recognised Recognition rows). */
  facetRecognised: number;
};

/** Reads back how the demo interventions came out on recognition and advice groups (for the summary). */
export async function describeDemoData(db: Db): Promise<DemoDataDescription> {
  const recognitions = await db.$queryRawUnsafe<DemoDataDescription["recognitions"]>(
    `SELECT coalesce(r.status::text, '(none)') AS status,
            CASE WHEN r."interventionId" IS NULL THEN i."evidenceLevel"::text ELSE coalesce(r.level::text, '-') END AS level,
            count(*)::int AS interventions, count(*) FILTER (WHERE r."isRecognised")::int AS recognised
       FROM "Intervention" i LEFT JOIN "Recognition" r ON r."interventionId" = i.id
      WHERE i."isDemo"
      GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const adviceGroups = await db.$queryRawUnsafe<DemoDataDescription["adviceGroups"]>(
    `SELECT g::text AS "adviceGroup", count(*)::int AS interventions
       FROM "InterventionFacet" f JOIN "Intervention" i ON i.id = f."interventionId" AND i."isDemo",
            unnest(f."adviceGroups") g
      GROUP BY g ORDER BY g`,
  );
  const [facet] = await db.$queryRawUnsafe<{ recognised: number }[]>(
    `SELECT count(*) FILTER (WHERE f."isRecognised")::int AS recognised
       FROM "InterventionFacet" f JOIN "Intervention" i ON i.id = f."interventionId" AND i."isDemo"`,
  );
  return { recognitions, adviceGroups, facetRecognised: facet.recognised };
}

/** The batches in order, with the time spent generating each. */
type BatchSource = { next: () => Promise<{ batch: Batch; ms: number }>; close: () => Promise<void> };

function generateHere(
  rng: Random,
  ctx: { lookups: Lookups; plan: ReturnType<typeof makePlan> },
  ranges: [number, number][],
): BatchSource {
  let n = 0;
  return {
    next: async () => {
      const [start, count] = ranges[n++];
      const started = performance.now();
      const batch = await generateBatch(rng, ctx, start, count);
      return { batch, ms: performance.now() - started };
    },
    close: async () => {},
  };
}

function generateInWorker(data: GenerateWorkerData): BatchSource {
  // A worker thread does not inherit tsx's loader: it registers it before loading the TypeScript module.
  const file = fileURLToPath(new URL("./generate-worker.ts", import.meta.url));
  const worker = new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`, {
    eval: true,
    workerData: data,
  });
  const arrived: { batch: Batch; ms: number }[] = [];
  let waiting: { resolve: (value: { batch: Batch; ms: number }) => void; reject: (error: unknown) => void } | null =
    null;
  let failed: unknown = null;
  worker.on("message", (message: { batch: Batch; ms: number }) => {
    if (waiting) {
      waiting.resolve(message);
      waiting = null;
    } else arrived.push(message);
  });
  worker.on("error", (error) => {
    failed = error;
    waiting?.reject(error);
    waiting = null;
  });
  return {
    next: () => {
      worker.postMessage("taken");
      const message = arrived.shift();
      if (message) return Promise.resolve(message);
      if (failed !== null) return Promise.reject(failed);
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

export async function loadScaleData(db: Db, options: ScaleOptions): Promise<ScaleResult> {
  const { interventions, effects, seed } = options;
  const batchSize = options.batchSize ?? 5_000;
  const effectChunk = options.effectChunk ?? 50_000;
  const progress = options.onProgress ?? (() => {});

  await requireTableOwner(db);
  // A load that was killed left the facet triggers off.
  await switchFacetTriggersOn(db);
  const existingDemo = await countDemoInterventions(db);
  let removed: { demoInterventions: number; method: "none" | "truncate" | "delete"; ms: number } = {
    demoInterventions: 0,
    method: "none",
    ms: 0,
  };
  if (existingDemo > 0) {
    if (!options.replace) return { status: "skipped", existingDemo };
    progress({ interventions: 0, effectSizes: 0, phase: "removing old demo data" });
    const started = performance.now();
    const result = await removeDemoData(db);
    removed = { ...result, ms: performance.now() - started };
  }

  // The first batch is small: until it is analysed, the facet rows are refreshed with plans for empty tables.
  const firstBatch = Math.min(batchSize, Math.max(100, Math.round(batchSize / 10)));
  const ranges: [number, number][] = [];
  for (let start = 0; start < interventions; start += ranges[ranges.length - 1][1]) {
    ranges.push([start, Math.min(start === 0 ? firstBatch : batchSize, interventions - start)]);
  }
  const taxonomy = await lookups(db);
  let source: BatchSource;
  if (options.generateInWorker) {
    source = generateInWorker({ seed, interventions, effects, lookups: taxonomy, ranges, ahead: 2 });
  } else {
    setRiskFactorNames(riskFactorTaxonomy);
    const ctx = { lookups: taxonomy, plan: makePlan(new Random(seed), interventions, effects) };
    source = generateHere(new Random(seed ^ 0x5eed5eed), ctx, ranges);
  }
  const sourceNote = `Synthetic demo data from seed/scale.mts (--seed ${seed}, ${interventions} interventions, ${effects} effect sizes); not a real intervention.`;
  const timings: InsertTimings = new Map();
  const headlines = new Map<string, number>();
  const deferFacets = options.deferFacets ?? true;
  let generateMs = 0;
  let doneInterventions = 0;
  let doneEffects = 0;
  progress({ interventions: 0, effectSizes: 0, phase: "loading" });
  const loadStarted = performance.now();
  const concurrency = Math.max(1, options.concurrency ?? 1);

  // Batches are generated in order (the data depend only on the seed and the sizes) and written by up to
  // `concurrency` transactions at a time, while the next batch is being generated.
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  let firstDone = false;
  if (deferFacets) await switchFacetTriggersOff(db, await facetTriggers(db, "INSERT"));
  try {
    for (const [start, count] of ranges) {
      if (failure !== null) break;
      const { batch, ms } = await source.next();
      generateMs += ms;
      batch.pooledEffects.basis.forEach((basis, n) => {
        const kind = headlineKind({ basis, method: batch.pooledEffects.method[n] });
        headlines.set(kind, (headlines.get(kind) ?? 0) + 1);
      });
      // The first batch is written alone: the batches after it are planned with its statistics.
      while (inFlight.size >= (firstDone ? concurrency : 1)) await Promise.race(inFlight);
      if (failure !== null) break;
      const first = start === 0;
      const write: Promise<void> = db
        .$transaction((tx) => writeBatch(tx, batch, timings, sourceNote, effectChunk, deferFacets), {
          timeout: 30 * 60_000,
          maxWait: 10 * 60_000,
        })
        .then(async () => {
          // Planner statistics for the tables just bulk-loaded (autovacuum lags far behind): without them the
          // InterventionFacet refresh triggers, which join these tables per intervention, get poor plans and
          // every later batch is 2-4x slower. Once after the first batch is enough (the planner scales the
          // row estimates with the table size); the final VACUUM ANALYZE follows after the last batch.
          if (first && (options.analyze ?? true)) {
            const analyzeStarted = performance.now();
            const tables = [...new Set([...ANALYZE_TABLES, ...(await derivedTables(db))])];
            await db.$executeRawUnsafe(`ANALYZE ${tables.map((t) => `"${t}"`).join(", ")}`);
            const entry = timings.get("(analyze)") ?? { rows: 0, ms: 0 };
            entry.ms += performance.now() - analyzeStarted;
            timings.set("(analyze)", entry);
          }
          firstDone = true;
        })
        .then(
          () => {
            doneInterventions += count;
            doneEffects += batch.effectSizes.yi.length;
            progress({ interventions: doneInterventions, effectSizes: doneEffects, phase: "loading" });
          },
          (error: unknown) => {
            failure ??= error;
          },
        )
        .finally(() => inFlight.delete(write));
      inFlight.add(write);
    }
  } finally {
    await source.close();
    await Promise.allSettled([...inFlight]);
    const switchOnStarted = performance.now();
    if (deferFacets) await switchFacetTriggersOn(db);
    timings.set("(facet triggers back on)", { rows: 0, ms: performance.now() - switchOnStarted });
  }
  if (failure !== null) throw failure;
  const loadMs = performance.now() - loadStarted;

  progress({ interventions: doneInterventions, effectSizes: doneEffects, phase: "merging facet bitmaps" });
  const mergeStarted = performance.now();
  const merge = { ...(await mergeFacets(db)), ms: 0 };
  merge.ms = performance.now() - mergeStarted;

  // Leave the tables as a long-running database would have them (statistics and visibility map up to date),
  // so that queries right after loading (benchmarks) are not measured against stale statistics. The tables
  // the facet refresh writes ("InterventionFacet…", "InterventionSearch", …) get one row version per
  // intervention and batch; with the triggers on per statement they were rewritten up to seven times per
  // intervention, so they are compacted then: VACUUM FULL holds an exclusive lock on them for about a second
  // at 50,000 interventions.
  let vacuumMs = 0;
  if (options.analyze ?? true) {
    progress({ interventions: doneInterventions, effectSizes: doneEffects, phase: "vacuum analyze" });
    const vacuumStarted = performance.now();
    const derived = (await derivedTables(db)).filter((t) => !ANALYZE_TABLES.includes(t));
    const quoted = (names: string[]) => names.map((t) => `"${t}"`).join(", ");
    await db.$executeRawUnsafe(
      `VACUUM (ANALYZE) ${quoted(deferFacets ? [...ANALYZE_TABLES, ...derived] : ANALYZE_TABLES)}`,
    );
    if (!deferFacets && derived.length) await db.$executeRawUnsafe(`VACUUM (FULL, ANALYZE) ${quoted(derived)}`);
    vacuumMs = performance.now() - vacuumStarted;
  }
  if (doneEffects !== effects) throw new Error(`Generated ${doneEffects} effect sizes, expected ${effects}`);

  progress({ interventions: doneInterventions, effectSizes: doneEffects, phase: "checking headline effects" });
  const started = performance.now();
  const verify = await verifyPooledEffects(db);
  const verifyMs = performance.now() - started;
  const described = await describeDemoData(db);
  return {
    status: "loaded",
    removed,
    timings,
    generateMs,
    loadMs,
    vacuumMs,
    merge,
    verify: { ...verify, ms: verifyMs },
    headlines,
    described,
  };
}
