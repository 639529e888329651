/**
 * The export statements (GET /api/v1/interventions.csv and .json): every match of the filters, one row per
 * intervention in the list's order, read through a cursor (lib/intervention/export.ts).
 *
 * The matches are the interventions in the catalogue statement's filter mask (./sql.ts: the same CTEs, so
 * exactly the rows the total counted), with the page CTE's sort keys, sorted by its orderBy: the rows and
 * their order are the list's. One sequential pass over the narrow facet table reads them, with no sort of
 * its own (the list's page plans sort and limit, which an export of thousands of rows does not need).
 * Everything else is set-based: the target groups, delivery modes, outcomes and pooled effects of all
 * matches are each aggregated in one grouped join over the matching ids, and the final join is sorted
 * once, outside every aggregate. The CSV
 * statement selects only what its columns need; the JSON statement builds each list item (./dto.ts) as
 * JSON except for the pooled effects' certainty, whose reason texts are written in TypeScript
 * (lib/evidence/certainty.ts).
 *
 * Enum values become API slugs through the same maps the DTOs use, passed in as parameter arrays, and the
 * recognition rules (re-review date, current, expired, stale) are written here once for both statements.
 * The integration tests compare both exports with the list API item by item.
 */
import { Prisma } from "../../generated/prisma/client";
import { CERTAINTY_FROM_DB, type CertaintyLevel, type DbCertaintyLevel } from "../evidence/certainty";
import { RECOGNITION_VALID_YEARS } from "../partial-date";
import { recognitionStatusSlug } from "./recognition";
import {
  adviceGroupBySlug,
  adviceGroupSlugs,
  evidenceLevelBySlug,
  evidenceLevelSlug,
  evidenceLevelSlugs,
  preventionLevelBySlug,
  preventionLevelSlugs,
} from "./schemas";
import {
  bitmapCtes,
  idFilterCtes,
  maskCtes,
  hasTextFilter,
  orderBy,
  type PooledEffectRow,
  type ResolvedFilters,
} from "./sql";
import type { InterventionListItem } from "./dto";

const { sql, join, empty } = Prisma;

/** The dates the recognition rules compare with, as YYYY-MM-DD (see lib/intervention/queries.ts). */
export type ExportDates = {
  today: string;
  /** A review before this day makes the record stale (STALE_AFTER_YEARS before today). */
  staleBefore: string;
};

/** An enum-to-slug map as two parallel arrays (database names, API slugs), in the order the slugs are listed. */
type SlugMap = { names: string[]; slugs: string[] };

function slugMap<S extends string>(slugs: readonly S[], bySlug: Record<S, string>): SlugMap {
  return { names: slugs.map((slug) => bySlug[slug]), slugs: [...slugs] };
}

const evidenceLevels = slugMap(Object.values(evidenceLevelSlug), evidenceLevelBySlug);
/** A recognition's level is one of the ladder's levels; the two verdicts off the ladder read as null. */
const recognitionLevels = slugMap(evidenceLevelSlugs, evidenceLevelBySlug);
const preventionLevels = slugMap(preventionLevelSlugs, preventionLevelBySlug);
const adviceGroups = slugMap(adviceGroupSlugs, adviceGroupBySlug);
const recognitionStatuses: SlugMap = {
  names: Object.keys(recognitionStatusSlug),
  slugs: Object.values(recognitionStatusSlug),
};
const certaintyLevels: SlugMap = { names: Object.keys(CERTAINTY_FROM_DB), slugs: Object.values(CERTAINTY_FROM_DB) };

/** The slug of one enum value (NULL for NULL or a value not in the map). */
function slugOf(value: Prisma.Sql, map: SlugMap): Prisma.Sql {
  return sql`(${map.slugs}::text[])[array_position(${map.names}::text[], ${value}::text)]`;
}

/** The distinct slugs of an array of enum values, in the map's order. */
function sortedSlugs(values: Prisma.Sql, map: SlugMap): Prisma.Sql {
  return sql`ARRAY(
    SELECT s.slug FROM unnest(${map.names}::text[], ${map.slugs}::text[]) WITH ORDINALITY AS s(name, slug, position)
    WHERE s.name = ANY (${values}::text[]) ORDER BY s.position
  )`;
}

/** HeadlineBasis as the API writes it (POOLED → pooled, META_ANALYSIS → meta-analysis). */
const basisSlug = (basis: Prisma.Sql) => sql`lower(replace(${basis}::text, '_', '-'))`;

/**
 * The re-review date of recognition r: the stored one, else RECOGNITION_VALID_YEARS after the decision,
 * counted as lib/partial-date.ts addYears counts (the same month and day; 29 February becomes 1 March).
 */
const reReviewDate = sql`coalesce(r."expiresOn", make_date(
    extract(year FROM r."decidedOn")::int + ${RECOGNITION_VALID_YEARS}::int, extract(month FROM r."decidedOn")::int, 1
  ) + (extract(day FROM r."decidedOn")::int - 1))`;

/** Recognition r (absent: NULLs) by the rules of lib/intervention/recognition.ts and queries.ts. */
function recognitionRules(d: ExportDates) {
  const isExpired = sql`coalesce(r."expiresOn" <= ${d.today}::date, false)`;
  return {
    status: sql`coalesce(${slugOf(sql`r.status`, recognitionStatuses)}, ${recognitionStatusSlug.ONBEKEND}::text)`,
    isRecognised: sql`coalesce(r."isRecognised", false)`,
    isVerified: sql`coalesce(r."isVerified", true)`,
    isExpired,
    isCurrent: sql`coalesce(r."isRecognised" AND ${d.today}::date < ${reReviewDate}, false)`,
    /** Recognised and expired, or last reviewed more than STALE_AFTER_YEARS ago (i is the intervention). */
    isStale: sql`(coalesce(r."isRecognised", false) AND ${isExpired}
      OR coalesce(i."lastReviewedOn" < ${d.staleBefore}::date, false))`,
  };
}

/**
 * Every match with the list's sort keys (the columns of pageCte in ./sql.ts), unordered: the interventions
 * whose bit is set in the filters' mask, which the total counted. Relevance and the chosen outcome's
 * effect are joined only when they are the sort.
 */
function matchesCte(f: ResolvedFilters): Prisma.Sql {
  const relevance = f.sort === "relevance" && hasTextFilter(f);
  const effect = f.sort === "effect" && f.chosenOutcomeId !== null;
  return sql`page AS MATERIALIZED (
    SELECT f."interventionId" AS id,
      ${relevance ? sql`t.relevance` : sql`0::real`} AS relevance,
      f."evidenceLevel" AS evidence_level,
      f."sortName" AS sort_name,
      ${effect ? sql`pe.estimate` : sql`NULL::float8`} AS effect,
      f."lastReviewedOn" AS reviewed
    FROM "InterventionFacet" f
    ${relevance ? sql`JOIN text_hits t ON t."interventionId" = f."interventionId"` : empty}
    ${
      effect
        ? sql`LEFT JOIN "PooledEffect" pe
            ON pe."interventionId" = f."interventionId" AND pe."outcomeDomainId" = ${f.chosenOutcomeId}::int`
        : empty
    }
    WHERE get_bit((SELECT m_all FROM mask), f."interventionId") <> 0
  )`;
}

/**
 * Matches and sort keys (CTE "page") and their delivery modes ("delivery").
 */
function matchCtes(f: ResolvedFilters): Prisma.Sql[] {
  return [
    ...idFilterCtes(f),
    ...bitmapCtes(f),
    maskCtes(f, false),
    matchesCte(f),
    sql`delivery AS (
    SELECT x."B" AS id, array_agg(d.slug ORDER BY d.id) AS modes
    FROM page p JOIN "_DeliveryModeToIntervention" x ON x."B" = p.id JOIN "DeliveryMode" d ON d.id = x."A"
    GROUP BY x."B"
  )`,
  ];
}

/** Pooled effects of the matches (all, or only the chosen outcome's), aggregated per intervention. */
function effectsCte(f: ResolvedFilters, aggregate: Prisma.Sql, onlyChosen: boolean): Prisma.Sql {
  return sql`effects AS (
    SELECT e."interventionId" AS id, ${aggregate} AS effects
    FROM page p
    JOIN "PooledEffect" e ON e."interventionId" = p.id
    JOIN "OutcomeDomain" o ON o.id = e."outcomeDomainId"
    ${onlyChosen ? sql`WHERE e."outcomeDomainId" = ${f.chosenOutcomeId}::int` : empty}
    GROUP BY e."interventionId"
  )`;
}

/**
 * The CSV's pooled effects travel as text, far cheaper to build than JSON objects: the fields of an effect
 * joined by the unit separator, the effects by the record separator (neither occurs in slugs or numbers).
 * float8 text is the shortest form that reads back as the same number.
 */
const FIELD_SEPARATOR = "\u001f";
const EFFECT_SEPARATOR = "\u001e";

const csvEffectsText = sql`string_agg(concat_ws(${FIELD_SEPARATOR}::text,
    o.slug, ${basisSlug(sql`e.basis`)}, e.estimate::text, coalesce(e."ciLower"::text, ''), coalesce(e."ciUpper"::text, ''),
    e.k::text, coalesce(${slugOf(sql`e.certainty`, certaintyLevels)}, '')
  ), ${EFFECT_SEPARATOR}::text ORDER BY o.id)`;

/** The pooled effects of a CSV row from their text (see csvEffectsText). */
export function decodeCsvEffects(text: string | null): CsvEffect[] {
  if (!text) return [];
  return text.split(EFFECT_SEPARATOR).map((effect) => {
    const [outcome, basis, estimate, ciLower, ciUpper, k, certainty] = effect.split(FIELD_SEPARATOR);
    return {
      outcome,
      basis: basis as CsvEffect["basis"],
      estimate: Number(estimate),
      ciLower: ciLower === "" ? null : Number(ciLower),
      ciUpper: ciUpper === "" ? null : Number(ciUpper),
      k: Number(k),
      certainty: certainty === "" ? null : (certainty as CertaintyLevel),
    };
  });
}

/**
 * What a CSV record is made of (see csvRecord in ./csv.ts): a row of exportCsvQuery with its effects
 * decoded. The cells are the CSV's text already (booleans as true/false, lists joined with "; ", an absent
 * value empty), but for the names (guarded against formulas), the effects and the url.
 */
export type CsvExportRow = {
  slug: string;
  nameNl: string;
  nameEn: string;
  evidenceLevel: string;
  recognitionStatus: string;
  recognitionVerified: string;
  recognised: string;
  recognisedCurrent: string;
  recognitionExpiresOn: string;
  stale: string;
  adviceGroups: string;
  /** Distinct, in the order of the target groups. */
  preventionLevels: string;
  ageMin: string;
  ageMax: string;
  deliveryModes: string;
  /** With one chosen outcome only its effect (or none), else every pooled effect by outcome. */
  effects: CsvEffect[];
};

export type CsvEffect = {
  outcome: string;
  basis: InterventionListItem["pooledEffects"][number]["basis"];
  estimate: number;
  ciLower: number | null;
  ciUpper: number | null;
  k: number;
  certainty: CertaintyLevel | null;
};

/** A row of exportCsvQuery as it comes from the database. */
export type CsvStatementRow = Omit<CsvExportRow, "effects"> & { effects: string | null };

/** The CSV's columns for every match of the filters in the list's order. */
export function exportCsvQuery(f: ResolvedFilters, dates: ExportDates): Prisma.Sql {
  const rules = recognitionRules(dates);
  const ctes = [
    ...matchCtes(f),
    // Ages: the widest span, open if any group's is open. Prevention levels in the order of the target
    // groups and the advice groups of all of them, each listed once in the final select.
    sql`target AS (
    SELECT t."interventionId" AS id,
      CASE WHEN bool_or(t."ageMinMonths" IS NULL) THEN NULL ELSE min(t."ageMinMonths") END AS age_min,
      CASE WHEN bool_or(t."ageMaxMonths" IS NULL) THEN NULL ELSE max(t."ageMaxMonths") END AS age_max,
      array_agg(t."preventionLevel" ORDER BY t.id) AS levels,
      string_agg(array_to_string(t."adviceGroups", ','), ',') AS advice
    FROM page p JOIN "TargetGroup" t ON t."interventionId" = p.id
    GROUP BY t."interventionId"
  )`,
    effectsCte(f, csvEffectsText, f.chosenOutcome !== null),
  ];
  return sql`WITH ${join(ctes, ",\n  ")}
  SELECT
    i.slug,
    i."nameNl" AS "nameNl",
    i."nameEn" AS "nameEn",
    ${slugOf(sql`i."evidenceLevel"`, evidenceLevels)} AS "evidenceLevel",
    ${rules.status} AS "recognitionStatus",
    ${rules.isVerified}::text AS "recognitionVerified",
    ${rules.isRecognised}::text AS "recognised",
    ${rules.isCurrent}::text AS "recognisedCurrent",
    coalesce(to_char(r."expiresOn", 'YYYY-MM-DD'), '') AS "recognitionExpiresOn",
    ${rules.isStale}::text AS "stale",
    array_to_string(${sortedSlugs(sql`string_to_array(tg.advice, ',')`, adviceGroups)}, '; ') AS "adviceGroups",
    array_to_string(ARRAY(
      SELECT ${slugOf(sql`l.level`, preventionLevels)} FROM unnest(tg.levels) WITH ORDINALITY AS l(level, n)
      GROUP BY l.level ORDER BY min(l.n)
    ), '; ') AS "preventionLevels",
    coalesce(tg.age_min::text, '') AS "ageMin",
    coalesce(tg.age_max::text, '') AS "ageMax",
    coalesce(array_to_string(dm.modes, '; '), '') AS "deliveryModes",
    ef.effects
  FROM page p
  JOIN "Intervention" i ON i.id = p.id
  LEFT JOIN "Recognition" r ON r."interventionId" = p.id
  LEFT JOIN target tg ON tg.id = p.id
  LEFT JOIN delivery dm ON dm.id = p.id
  LEFT JOIN effects ef ON ef.id = p.id
  ORDER BY ${orderBy(f.sort, "p.")}`;
}

/** A pooled effect as the JSON statement returns it: the DTO's fields with the stored certainty. */
export type JsonEffectRow = Omit<InterventionListItem["pooledEffects"][number], "certainty"> & {
  certainty: DbCertaintyLevel | null;
  certaintyReasons: PooledEffectRow["certaintyReasons"];
};

/** One row of exportJsonQuery: the list item up to matchedOn, and its pooled effects. */
export type JsonExportRow = {
  item: Omit<InterventionListItem, "pooledEffects" | "chosenEffect">;
  effects: JsonEffectRow[];
};

/**
 * The list items (./dto.ts InterventionListItem, with the keys in the list API's order) of every match of
 * the filters in the list's order. The pooled effects come beside each item with
 * their stored certainty, for lib/intervention/export.ts to finish.
 */
export function exportJsonQuery(f: ResolvedFilters, dates: ExportDates): Prisma.Sql {
  const rules = recognitionRules(dates);
  const searched = f.words.length > 0;
  const ctes = [
    ...matchCtes(f),
    sql`tg_rows AS MATERIALIZED (
    SELECT t.id AS tg_id, t."interventionId" AS id, t."preventionLevel", t."ageMinMonths", t."ageMaxMonths",
      t."adviceGroups", t."descriptionNl", t."descriptionEn"
    FROM page p JOIN "TargetGroup" t ON t."interventionId" = p.id
  )`,
    sql`advice AS (
    SELECT t.id, array_agg(DISTINCT g) AS groups
    FROM tg_rows t CROSS JOIN unnest(t."adviceGroups") g
    GROUP BY t.id
  )`,
    sql`risk AS (
    SELECT x."B" AS tg_id, json_agg(rf.slug ORDER BY rf.id) AS slugs
    FROM tg_rows t JOIN "_RiskFactorToTargetGroup" x ON x."B" = t.tg_id JOIN "RiskFactor" rf ON rf.id = x."A"
    GROUP BY x."B"
  )`,
    sql`groups AS (
    SELECT t.id, json_agg(json_build_object(
      'preventionLevel', ${slugOf(sql`t."preventionLevel"`, preventionLevels)},
      'ageMinMonths', t."ageMinMonths", 'ageMaxMonths', t."ageMaxMonths",
      'description', json_build_object('nl', t."descriptionNl", 'en', t."descriptionEn"),
      'riskFactors', coalesce(rk.slugs, '[]'::json),
      'adviceGroups', ${sortedSlugs(sql`t."adviceGroups"`, adviceGroups)}
    ) ORDER BY t.tg_id) AS groups
    FROM tg_rows t LEFT JOIN risk rk ON rk.tg_id = t.tg_id
    GROUP BY t.id
  )`,
    sql`outcomes AS (
    SELECT f."interventionId" AS id, json_agg(o.slug ORDER BY o.id) AS slugs
    FROM page p
    JOIN "InterventionFacet" f ON f."interventionId" = p.id
    JOIN "OutcomeDomain" o ON o.id = ANY (f."outcomeIds")
    GROUP BY f."interventionId"
  )`,
    effectsCte(
      f,
      sql`json_agg(json_build_object('outcome', o.slug, 'basis', ${basisSlug(sql`e.basis`)}, 'sourceStudyId', e."sourceStudyId",
        'method', e.method, 'k', e.k, 'totalN', e."totalN", 'estimate', e.estimate,
        'ciLower', e."ciLower", 'ciUpper', e."ciUpper", 'piLower', e."piLower", 'piUpper', e."piUpper",
        'tau2', e.tau2, 'i2', e.i2, 'measure', ${"SMD"}::text,
        'certainty', e.certainty, 'certaintyReasons', e."certaintyReasons"
      ) ORDER BY o.id)`,
      false,
    ),
  ];
  // A typo-tolerant match is on the name (the only field searched by similarity), as in the list.
  const matchedOn = searched
    ? sql`coalesce(nullif(intervention_match_fields(i.id, ${f.words}::text[]), '{}'), ARRAY['name'])`
    : sql`'{}'::text[]`;
  return sql`WITH ${join(ctes, ",\n  ")}
  SELECT
    json_build_object(
      'slug', i.slug,
      'name', json_build_object('nl', i."nameNl", 'en', i."nameEn"),
      'summary', json_build_object('nl', i."summaryNl", 'en', i."summaryEn"),
      'evidenceLevel', ${slugOf(sql`i."evidenceLevel"`, evidenceLevels)},
      'recognition', json_build_object(
        'status', ${rules.status},
        'level', ${slugOf(sql`r.level`, recognitionLevels)},
        'isRecognised', ${rules.isRecognised},
        'decidedOn', r."decidedOn",
        'expiresOn', r."expiresOn",
        'isExpired', ${rules.isExpired},
        'isCurrent', ${rules.isCurrent},
        'committee', r.committee,
        'sourceUrl', r."sourceUrl",
        'isVerified', ${rules.isVerified}
      ),
      'lastReviewedOn', i."lastReviewedOn",
      'isStale', ${rules.isStale},
      'isDemo', i."isDemo",
      'targetGroups', coalesce(g.groups, '[]'::json),
      'adviceGroups', ${sortedSlugs(sql`coalesce(a.groups, '{}')`, adviceGroups)},
      'deliveryModes', coalesce(dm.modes, '{}'),
      'outcomes', coalesce(oc.slugs, '[]'::json),
      'matchedOn', ${matchedOn}
    ) AS item,
    coalesce(ef.effects, '[]'::json) AS effects
  FROM page p
  JOIN "Intervention" i ON i.id = p.id
  LEFT JOIN "Recognition" r ON r."interventionId" = p.id
  LEFT JOIN groups g ON g.id = p.id
  LEFT JOIN advice a ON a.id = p.id
  LEFT JOIN delivery dm ON dm.id = p.id
  LEFT JOIN outcomes oc ON oc.id = p.id
  LEFT JOIN effects ef ON ef.id = p.id
  ORDER BY ${orderBy(f.sort, "p.")}`;
}
