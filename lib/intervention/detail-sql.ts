/**
 * One intervention in full as one SQL statement: the record with every child row (target groups, studies
 * with their effect sizes, headline effects, rating and certainty history, external ratings, provenance)
 * built as one JSON value by the database, the way the catalogue statement builds its list items (./sql.ts).
 * One round trip instead of one per relation: the detail used to spend far more time in the client
 * assembling a dozen results than the database spent finding them.
 *
 * The statement returns values ready for the API where that is a pure renaming: dates as YYYY-MM-DD,
 * timestamps as ISO strings in UTC (the columns hold UTC, as Prisma writes them), and enum names as API
 * slugs, which for these enums are the names in kebab case (lib/intervention/schemas.ts, ./recognition.ts,
 * lib/evidence/certainty.ts). What depends on today or on code (recognition status, staleness, certainty
 * reasons in words) is left to ./queries.ts. Key order is the API's, so the JSON is byte for byte what the
 * record looked like when it was assembled from Prisma results.
 */
import { Prisma } from "../../generated/prisma/client";
import type { InterventionDetail, InterventionListItem } from "./dto";
import { itemJson, type ItemRow } from "./sql";
import { newStudiesSinceRatingSql } from "./new-evidence";

const { sql } = Prisma;

/** An enum value as its API slug: HIGH → high, NIET_ERKEND → niet-erkend. */
const slug = (column: Prisma.Sql) => sql`lower(replace(${column}::text, '_', '-'))`;
/** A timestamp column (UTC, millisecond precision) as JavaScript's Date.toISOString() writes it. */
const isoTimestamp = (column: Prisma.Sql) => sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The detail has always listed a headline's outcome after its numbers (unlike the list items). */
const headlineJson = sql`json_build_object(
  'basis', pe.basis, 'sourceStudyId', pe."sourceStudyId", 'method', pe.method, 'k', pe.k,
  'totalN', pe."totalN", 'estimate', pe.estimate, 'ciLower', pe."ciLower", 'ciUpper', pe."ciUpper",
  'piLower', pe."piLower", 'piUpper', pe."piUpper", 'tau2', pe.tau2, 'i2', pe.i2,
  'certainty', pe.certainty, 'certaintyReasons', pe."certaintyReasons", 'outcome', o.slug
)`;

/** The catalogue item's part of the record (see ItemRow), built as a list item is. */
const detailItemJson = itemJson([], headlineJson);

const effectSizeJson = sql`json_build_object(
  'id', e.id, 'outcomeLabel', e."outcomeLabel", 'timepointMonths', e."timepointMonths", 'subgroup', e.subgroup,
  'measure', e.measure, 'yi', e.yi, 'vi', e.vi, 'reportedEstimate', e."reportedEstimate",
  'reportedCiLower', e."reportedCiLower", 'reportedCiUpper', e."reportedCiUpper", 'reportedText', e."reportedText",
  'sampleSize', e."sampleSize", 'higherIsBetter', e."higherIsBetter", 'sourceUrl', e."sourceUrl",
  'isVerified', e."isVerified", 'note', e.note, 'outcome', o.slug, 'inputForm', ${slug(sql`e."inputForm"`)}
)`;

const studyJson = sql`json_build_object(
  'id', s.id, 'key', s.key, 'citation', s.citation, 'doi', s.doi, 'url', s.url, 'year', s.year,
  'country', s.country, 'sampleSize', s."sampleSize", 'studiesCount', s."studiesCount",
  'followUpMonths', s."followUpMonths", 'summary', s.summary, 'isVerified', s."isVerified", 'isDemo', s."isDemo",
  'design', ${slug(sql`s.design`)}, 'riskOfBias', ${slug(sql`s."riskOfBias"`)},
  'effectSizes', coalesce((
    SELECT json_agg(${effectSizeJson} ORDER BY e.id)
    FROM "EffectSize" e JOIN "OutcomeDomain" o ON o.id = e."outcomeDomainId"
    WHERE e."studyId" = s.id
  ), '[]'::json)
)`;

/** A clearinghouse with its scale as the list of its levels, best first (as in findReferenceLists). */
const clearinghouseJson = sql`json_build_object(
  'slug', c.slug, 'name', c.name, 'country', c.country, 'website', c.website,
  'scale', coalesce((
    SELECT json_agg(cl.level ORDER BY cl.position) FROM "ClearinghouseLevel" cl WHERE cl."clearinghouseId" = c.id
  ), '[]'::json)
)`;

/** The parts of the record after the catalogue item's, in the API's order (see DetailRow). */
const detailJson = sql`json_build_object(
  'description', json_build_object('nl', i."descriptionNl", 'en', i."descriptionEn"),
  'aims', json_build_object('nl', i."aimsNl", 'en', i."aimsEn"),
  'provider', json_build_object('nl', i."providerNl", 'en', i."providerEn"),
  'intensity', json_build_object('nl', i."intensityNl", 'en', i."intensityEn"),
  'sessionsMin', i."sessionsMin", 'sessionsMax', i."sessionsMax",
  'durationWeeksMin', i."durationWeeksMin", 'durationWeeksMax', i."durationWeeksMax",
  'costPerFamily', i."costPerFamily", 'costCurrency', i."costCurrency", 'costYear', i."costYear",
  'costSourceUrl', i."costSourceUrl", 'costNote', i."costNote",
  'costPerFamilyEur', CASE WHEN i."costCurrency" = 'EUR' THEN i."costPerFamily" END,
  'ownerOrganisation', i."ownerOrganisation",
  'availabilityNl', ${slug(sql`i."availabilityNl"`)},
  'availabilityNote', i."availabilityNote", 'website', i.website, 'sourceNote', i."sourceNote",
  -- Field path → how it is known; a source URL only where there is one.
  'provenance', coalesce((
    SELECT json_object_agg(p.path, CASE
      WHEN coalesce(p."sourceUrl", '') = '' THEN json_build_object(
        'kind', ${slug(sql`p.kind`)}, 'reason', json_build_object('nl', p."reasonNl", 'en', p."reasonEn"))
      ELSE json_build_object(
        'kind', ${slug(sql`p.kind`)}, 'reason', json_build_object('nl', p."reasonNl", 'en', p."reasonEn"),
        'sourceUrl', p."sourceUrl")
    END ORDER BY p.path)
    FROM "FieldProvenance" p WHERE p."interventionId" = i.id
  ), '{}'::json),
  'newStudiesSinceLastRating', ${newStudiesSinceRatingSql(sql`i`)},
  'ratingHistory', coalesce((
    SELECT json_agg(json_build_object(
      'kind', ${slug(sql`e.kind`)}, 'fromLevel', ${slug(sql`e."fromLevel"`)}, 'toLevel', ${slug(sql`e."toLevel"`)},
      'fromRecognised', e."fromRecognised", 'toRecognised', e."toRecognised",
      'fromStatus', ${slug(sql`e."fromStatus"`)}, 'toStatus', ${slug(sql`e."toStatus"`)},
      'committee', e.committee, 'justification', e.justification, 'decidedOn', e."decidedOn",
      'actorName', e."actorName", 'sourceUrl', e."sourceUrl", 'isVerified', e."isVerified",
      'createdAt', ${isoTimestamp(sql`e."createdAt"`)}
    ) ORDER BY e."createdAt", e.id)
    FROM "RatingEvent" e WHERE e."interventionId" = i.id
  ), '[]'::json),
  'certaintyHistory', coalesce((
    SELECT json_agg(json_build_object(
      'outcome', o.slug, 'level', ${slug(sql`co.level`)}, 'reason', co.reason, 'actorName', co."actorName",
      'createdAt', ${isoTimestamp(sql`co."createdAt"`)}
    ) ORDER BY co."createdAt", co.id)
    FROM "CertaintyOverride" co JOIN "OutcomeDomain" o ON o.id = co."outcomeDomainId"
    WHERE co."interventionId" = i.id
  ), '[]'::json),
  'externalRatings', coalesce((
    SELECT json_agg(json_build_object(
      'clearinghouse', ${clearinghouseJson},
      'level', er.level, 'levelAsWritten', er."levelAsWritten", 'commonLevel', ${slug(sql`cl."commonLevel"`)},
      'topic', er.topic, 'ratedOn', er."ratedOn", 'reviewedOn', er."reviewedOn", 'url', er.url,
      'isVerified', er."isVerified", 'note', er.note
    ) ORDER BY er."clearinghouseId", er.id)
    FROM "ExternalRating" er
    JOIN "Clearinghouse" c ON c.id = er."clearinghouseId"
    JOIN "ClearinghouseLevel" cl ON cl."clearinghouseId" = er."clearinghouseId" AND cl.level = er.level
    WHERE er."interventionId" = i.id
  ), '[]'::json),
  -- Accepted evidence only, newest first.
  'studies', coalesce((
    SELECT json_agg(${studyJson} ORDER BY s.year DESC NULLS LAST, s.id)
    FROM "Study" s WHERE s."interventionId" = i.id AND s.status = 'ACCEPTED'
  ), '[]'::json)
)`;

/** The record of one intervention, or no row when the slug is unknown. */
export function detailQuery(interventionSlug: string): Prisma.Sql {
  return sql`SELECT ${detailItemJson} AS item, ${detailJson} AS detail
  FROM "Intervention" i WHERE i.slug = ${interventionSlug}`;
}

/** The record's parts: the catalogue item's (as ./queries.ts turns list rows into items) and the rest, final. */
export type DetailRow = {
  item: ItemRow;
  detail: Omit<InterventionDetail, keyof InterventionListItem>;
};
