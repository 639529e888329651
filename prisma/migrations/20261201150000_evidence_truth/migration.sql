-- Evidence truth: Dutch recognition as NJi words it (status, level, committee), the Health Council's
-- target groups, field provenance, headline effects with their basis, clearinghouse scales with a common
-- level, and a search document that includes what the filters know.

-- CreateEnum
CREATE TYPE "RecognitionStatus" AS ENUM ('ERKEND', 'NIET_ERKEND', 'IN_HERBEOORDELING', 'ONBEKEND');
CREATE TYPE "AdviceGroup" AS ENUM ('RISK_FACTORS', 'MALTREATMENT_OCCURS', 'ASKS_FOR_SUPPORT', 'UNIVERSAL');
CREATE TYPE "ProvenanceKind" AS ENUM ('INFERRED', 'UNVERIFIED');
CREATE TYPE "HeadlineBasis" AS ENUM ('POOLED', 'META_ANALYSIS', 'SINGLE_STUDY');
-- A reported Cohen's d with its group sizes (metafor's escalc di=) is an input form of its own.
ALTER TYPE "EffectInputForm" ADD VALUE 'COHENS_D' AFTER 'T_STATISTIC';
CREATE TYPE "CommonLevel" AS ENUM ('WELL_SUPPORTED', 'SUPPORTED', 'PROMISING', 'THEORY_ONLY', 'INSUFFICIENT', 'DOES_NOT_MEET');

-- The search document moves to the facet row (it now includes related names, which the facet refresh
-- already reads).
DROP TRIGGER intervention_search_vector ON "Intervention";
DROP FUNCTION intervention_search_vector();
DROP INDEX "Intervention_searchVector_idx";
ALTER TABLE "Intervention" DROP COLUMN "searchVector";

ALTER TABLE "InterventionFacet"
  ADD COLUMN "adviceGroups" "AdviceGroup"[] NOT NULL DEFAULT '{}',
  ADD COLUMN "recognisedUntil" DATE,
  ADD COLUMN "searchVector" tsvector;

ALTER TABLE "TargetGroup" ADD COLUMN "adviceGroups" "AdviceGroup"[] NOT NULL DEFAULT '{}';

-- Recognition. Imported (curated) history and decisions are re-imported by the seed with their status and
-- committee: the append-only trigger is off for this statement only, inside the migration's transaction.
ALTER TABLE "Recognition"
  ADD COLUMN "committee" TEXT,
  ADD COLUMN "isVerified" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "level" "EvidenceLevel",
  ADD COLUMN "status" "RecognitionStatus";

ALTER TABLE "RatingEvent"
  ADD COLUMN "committee" TEXT,
  ADD COLUMN "fromStatus" "RecognitionStatus",
  ADD COLUMN "toStatus" "RecognitionStatus";

ALTER TABLE "RatingEvent" DISABLE TRIGGER rating_event_append_only;
DELETE FROM "RatingEvent" e USING "Intervention" i
  WHERE e."interventionId" = i.id AND NOT i."isDemo" AND e."actorId" IS NULL;
ALTER TABLE "RatingEvent" ENABLE TRIGGER rating_event_append_only;
DELETE FROM "Recognition" r USING "Intervention" i WHERE r."interventionId" = i.id AND NOT i."isDemo";
UPDATE "Intervention" SET "evidenceLevel" = 'NIET_BEOORDEELD', "lastReviewedOn" = NULL WHERE NOT "isDemo";

-- Synthetic (demo) decisions keep their level: erkend at Goed onderbouwd or above, otherwise niet erkend.
UPDATE "Recognition" r SET
  "status" = CASE WHEN i."evidenceLevel" >= 'GOED_ONDERBOUWD' THEN 'ERKEND' ELSE 'NIET_ERKEND' END::"RecognitionStatus",
  "level" = CASE WHEN i."evidenceLevel" >= 'GOED_ONDERBOUWD' THEN i."evidenceLevel" END,
  "isRecognised" = i."evidenceLevel" >= 'EERSTE_AANWIJZINGEN'
FROM "Intervention" i WHERE i.id = r."interventionId";

ALTER TABLE "Recognition" ALTER COLUMN "status" SET NOT NULL;
-- "Recognised as effective" is erkend (or in herbeoordeling, which keeps its level) at one of the three
-- Effectief levels; an erkend decision has a level of at least Goed onderbouwd; ONBEKEND is no decision.
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_isRecognised_check" CHECK (
  "isRecognised" = ("status" IN ('ERKEND', 'IN_HERBEOORDELING') AND "level" IS NOT NULL
                    AND "level" >= 'EERSTE_AANWIJZINGEN')
);
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_level_check" CHECK (
  ("status" IN ('ERKEND', 'IN_HERBEOORDELING') AND "level" IS NOT NULL AND "level" >= 'GOED_ONDERBOUWD')
  OR ("status" = 'NIET_ERKEND')
);
CREATE INDEX "Recognition_status_idx" ON "Recognition"("status");

-- Clearinghouse scales become rows, so a rating's level must be an entry of its clearinghouse's scale.
CREATE TABLE "ClearinghouseLevel" (
    "clearinghouseId" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "commonLevel" "CommonLevel",
    CONSTRAINT "ClearinghouseLevel_pkey" PRIMARY KEY ("clearinghouseId","level")
);
ALTER TABLE "ClearinghouseLevel" ADD CONSTRAINT "ClearinghouseLevel_clearinghouseId_fkey" FOREIGN KEY ("clearinghouseId") REFERENCES "Clearinghouse"("id") ON DELETE CASCADE ON UPDATE CASCADE;
INSERT INTO "ClearinghouseLevel" ("clearinghouseId", "level", "position")
  SELECT c.id, s.level, s.position FROM "Clearinghouse" c, unnest(c.scale) WITH ORDINALITY AS s(level, position);
-- Curated ratings are re-imported by the seed with the scale entry they mean; synthetic ones keep theirs.
DELETE FROM "ExternalRating" r USING "Intervention" i WHERE r."interventionId" = i.id AND NOT i."isDemo";
INSERT INTO "ClearinghouseLevel" ("clearinghouseId", "level", "position")
  SELECT DISTINCT r."clearinghouseId", r.level, 1000 FROM "ExternalRating" r
  ON CONFLICT DO NOTHING;
ALTER TABLE "Clearinghouse" DROP COLUMN "scale";
ALTER TABLE "ExternalRating" ADD COLUMN "levelAsWritten" TEXT;
ALTER TABLE "ExternalRating" ADD CONSTRAINT "ExternalRating_clearinghouseId_level_fkey" FOREIGN KEY ("clearinghouseId", "level") REFERENCES "ClearinghouseLevel"("clearinghouseId", "level") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Headline effects.
ALTER TABLE "PooledEffect" ADD COLUMN "basis" "HeadlineBasis" NOT NULL DEFAULT 'POOLED',
ADD COLUMN "sourceStudyId" INTEGER,
ALTER COLUMN "se" DROP NOT NULL,
ALTER COLUMN "ciLower" DROP NOT NULL,
ALTER COLUMN "ciUpper" DROP NOT NULL,
ALTER COLUMN "tau2" DROP NOT NULL,
ALTER COLUMN "i2" DROP NOT NULL,
ALTER COLUMN "q" DROP NOT NULL;
ALTER TABLE "PooledEffect" ADD CONSTRAINT "PooledEffect_sourceStudyId_fkey" FOREIGN KEY ("sourceStudyId") REFERENCES "Study"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Provenance of fields that are not taken from a cited source.
CREATE TABLE "FieldProvenance" (
    "id" SERIAL NOT NULL,
    "interventionId" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "kind" "ProvenanceKind" NOT NULL,
    "reasonNl" TEXT NOT NULL,
    "reasonEn" TEXT NOT NULL,
    "sourceUrl" TEXT,
    CONSTRAINT "FieldProvenance_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "FieldProvenance_interventionId_path_key" ON "FieldProvenance"("interventionId", "path");
ALTER TABLE "FieldProvenance" ADD CONSTRAINT "FieldProvenance_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "InterventionFacet_adviceGroups_idx" ON "InterventionFacet" USING GIN ("adviceGroups");
CREATE INDEX "InterventionFacet_searchVector_idx" ON "InterventionFacet" USING GIN ("searchVector");
CREATE INDEX "InterventionFacet_recognisedUntil_idx" ON "InterventionFacet"("recognisedUntil");

-- ---------------------------------------------------------------------------------------------------------
-- Hand-written below this line (functions; see migration 20261128180000_catalogue_facets for the design).
-- ---------------------------------------------------------------------------------------------------------

-- Labels of the Health Council's target groups, for the search document (the UI has its own messages).
CREATE FUNCTION advice_group_label(g "AdviceGroup", lang text) RETURNS text AS $$
  SELECT CASE lang
    WHEN 'nl' THEN CASE g
      WHEN 'RISK_FACTORS' THEN 'Gezinnen met risicofactoren voor kindermishandeling'
      WHEN 'MALTREATMENT_OCCURS' THEN 'Gezinnen waar kindermishandeling plaatsvindt, herhaling voorkomen'
      WHEN 'ASKS_FOR_SUPPORT' THEN 'Ouders die zelf om steun vragen'
      WHEN 'UNIVERSAL' THEN 'Alle ouders, universeel aanbod'
    END
    ELSE CASE g
      WHEN 'RISK_FACTORS' THEN 'Families with risk factors for child maltreatment'
      WHEN 'MALTREATMENT_OCCURS' THEN 'Families where child maltreatment occurs, preventing recurrence'
      WHEN 'ASKS_FOR_SUPPORT' THEN 'Parents who ask for support themselves'
      WHEN 'UNIVERSAL' THEN 'All parents, universal offer'
    END
  END
$$ LANGUAGE sql IMMUTABLE;

-- The search document of one intervention: its own text (names A, summary/aims/provider B, description and
-- dosage C, owner D) and, at weight C, the names of its delivery modes, outcome domains with accepted
-- evidence, risk factors and advice groups, and its target-group descriptions, each in Dutch and English.
CREATE FUNCTION intervention_search_document(intervention_id integer) RETURNS tsvector AS $$
  WITH i AS (SELECT * FROM "Intervention" WHERE id = intervention_id),
  related AS (
    SELECT
      coalesce(string_agg(t.nl, ' '), '') AS nl,
      coalesce(string_agg(t.en, ' '), '') AS en
    FROM (
      SELECT d."nameNl" AS nl, d."nameEn" AS en
      FROM "_DeliveryModeToIntervention" x JOIN "DeliveryMode" d ON d.id = x."A" WHERE x."B" = intervention_id
      UNION ALL
      SELECT tg."descriptionNl", tg."descriptionEn" FROM "TargetGroup" tg WHERE tg."interventionId" = intervention_id
      UNION ALL
      SELECT DISTINCT rf."nameNl", rf."nameEn"
      FROM "TargetGroup" tg JOIN "_RiskFactorToTargetGroup" x ON x."B" = tg.id JOIN "RiskFactor" rf ON rf.id = x."A"
      WHERE tg."interventionId" = intervention_id
      UNION ALL
      SELECT DISTINCT advice_group_label(g, 'nl'), advice_group_label(g, 'en')
      FROM "TargetGroup" tg, unnest(tg."adviceGroups") g WHERE tg."interventionId" = intervention_id
      UNION ALL
      SELECT DISTINCT o."nameNl", o."nameEn"
      FROM "Study" s JOIN "EffectSize" e ON e."studyId" = s.id JOIN "OutcomeDomain" o ON o.id = e."outcomeDomainId"
      WHERE s."interventionId" = intervention_id AND s.status = 'ACCEPTED'
    ) t
  )
  SELECT
    setweight(to_tsvector('simple', unaccent(coalesce(i."nameNl", '') || ' ' || coalesce(i."nameEn", ''))), 'A') ||
    setweight(to_tsvector('dutch', unaccent(coalesce(i."nameNl", ''))), 'A') ||
    setweight(to_tsvector('english', unaccent(coalesce(i."nameEn", ''))), 'A') ||
    setweight(to_tsvector('dutch', unaccent(coalesce(i."summaryNl", '') || ' ' || coalesce(i."aimsNl", '') || ' ' || coalesce(i."providerNl", ''))), 'B') ||
    setweight(to_tsvector('english', unaccent(coalesce(i."summaryEn", '') || ' ' || coalesce(i."aimsEn", '') || ' ' || coalesce(i."providerEn", ''))), 'B') ||
    setweight(to_tsvector('dutch', unaccent(coalesce(i."descriptionNl", '') || ' ' || coalesce(i."intensityNl", '') || ' ' || related.nl)), 'C') ||
    setweight(to_tsvector('english', unaccent(coalesce(i."descriptionEn", '') || ' ' || coalesce(i."intensityEn", '') || ' ' || related.en)), 'C') ||
    setweight(to_tsvector('simple', unaccent(related.nl || ' ' || related.en)), 'C') ||
    setweight(to_tsvector('simple', unaccent(coalesce(i."ownerOrganisation", ''))), 'D')
  FROM i, related
$$ LANGUAGE sql STABLE;

-- Which parts of an intervention the search words are found in (same prefix rules as the search), for
-- "why it matched" on the result cards. Only called for the page of results.
CREATE FUNCTION intervention_match_fields(intervention_id integer, words text[]) RETURNS text[] AS $$
  WITH q AS (
    SELECT to_tsquery('simple', w || ':*') || to_tsquery('dutch', w || ':*') || to_tsquery('english', w || ':*') AS query
    FROM unnest(words) w WHERE w <> ''
  ), part AS (
    SELECT 1 AS ord, 'name' AS field, i."nameNl" || ' ' || i."nameEn" AS body
    FROM "Intervention" i WHERE i.id = intervention_id
    UNION ALL
    SELECT 2, 'summary', concat_ws(' ', i."summaryNl", i."summaryEn", i."aimsNl", i."aimsEn", i."providerNl", i."providerEn")
    FROM "Intervention" i WHERE i.id = intervention_id
    UNION ALL
    SELECT 3, 'description', concat_ws(' ', i."descriptionNl", i."descriptionEn", i."intensityNl", i."intensityEn", i."ownerOrganisation")
    FROM "Intervention" i WHERE i.id = intervention_id
    UNION ALL
    SELECT 4, 'target-group', string_agg(tg."descriptionNl" || ' ' || tg."descriptionEn", ' ')
    FROM "TargetGroup" tg WHERE tg."interventionId" = intervention_id
    UNION ALL
    SELECT 5, 'advice-group', string_agg(advice_group_label(g, 'nl') || ' ' || advice_group_label(g, 'en'), ' ')
    FROM "TargetGroup" tg, unnest(tg."adviceGroups") g WHERE tg."interventionId" = intervention_id
    UNION ALL
    SELECT 6, 'risk-factor', string_agg(rf."nameNl" || ' ' || rf."nameEn", ' ')
    FROM "TargetGroup" tg JOIN "_RiskFactorToTargetGroup" x ON x."B" = tg.id JOIN "RiskFactor" rf ON rf.id = x."A"
    WHERE tg."interventionId" = intervention_id
    UNION ALL
    SELECT 7, 'delivery', string_agg(d."nameNl" || ' ' || d."nameEn", ' ')
    FROM "_DeliveryModeToIntervention" x JOIN "DeliveryMode" d ON d.id = x."A" WHERE x."B" = intervention_id
    UNION ALL
    SELECT 8, 'outcome', string_agg(o."nameNl" || ' ' || o."nameEn", ' ')
    FROM "InterventionFacet" f JOIN "OutcomeDomain" o ON o.id = ANY (f."outcomeIds") WHERE f."interventionId" = intervention_id
  )
  SELECT coalesce(array_agg(p.field ORDER BY p.ord), '{}')
  FROM part p
  WHERE p.body IS NOT NULL AND EXISTS (
    SELECT 1 FROM q
    WHERE (to_tsvector('simple', unaccent(p.body)) || to_tsvector('dutch', unaccent(p.body)) ||
           to_tsvector('english', unaccent(p.body))) @@ q.query
  )
$$ LANGUAGE sql STABLE;

DROP FUNCTION intervention_facet_memberships("PreventionLevel"[], integer[], integer[], integer[], int4multirange, "EvidenceLevel", boolean);
CREATE FUNCTION intervention_facet_memberships(
  levels "PreventionLevel"[], risk_factor_ids integer[], outcome_ids integer[], delivery_mode_ids integer[],
  age_ranges int4multirange, evidence_level "EvidenceLevel", is_recognised boolean, advice_groups "AdviceGroup"[]
) RETURNS TABLE (kind text, value integer) AS $$
  SELECT 'all', 0
  UNION ALL SELECT 'level', array_position(enum_range(NULL::"PreventionLevel"), l) FROM unnest(levels) l
  UNION ALL SELECT 'risk', r FROM unnest(risk_factor_ids) r
  UNION ALL SELECT 'outcome', o FROM unnest(outcome_ids) o
  UNION ALL SELECT 'delivery', d FROM unnest(delivery_mode_ids) d
  UNION ALL SELECT 'rating', array_position(enum_range(NULL::"EvidenceLevel"), evidence_level)
  UNION ALL SELECT 'recognised', 1 WHERE is_recognised
  UNION ALL SELECT 'advice', array_position(enum_range(NULL::"AdviceGroup"), a) FROM unnest(advice_groups) a
  -- Months -9 (start of pregnancy) to 216 (18 years), the range the age filters accept.
  UNION ALL SELECT 'age', m
    FROM unnest(age_ranges) r,
         generate_series(greatest(coalesce(lower(r), -9), -9), least(coalesce(upper(r) - 1, 216), 216)) m
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION intervention_facet_refresh(ids integer[]) RETURNS void AS $$
DECLARE
  len integer;
  needed integer;
  grown integer;
  change record;
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(7413902651);

  SELECT length(bits) INTO len FROM "InterventionFacetBitmap" WHERE kind = 'all' AND value = 0;
  SELECT coalesce(max(x), 0) + 1 INTO needed FROM unnest(ids) x;
  IF len IS NULL OR needed > len THEN
    grown := greatest(coalesce(len, 0), 8192);
    WHILE grown < needed LOOP
      grown := grown * 2;
    END LOOP;
    UPDATE "InterventionFacetBitmap" SET bits = bits || repeat('0', grown - length(bits))::varbit;
    INSERT INTO "InterventionFacetBitmap" (kind, value, bits)
    VALUES ('all', 0, repeat('0', grown)::varbit)
    ON CONFLICT (kind, value) DO NOTHING;
    len := grown;
  END IF;

  FOR change IN
    WITH wanted AS (
      SELECT DISTINCT unnest(ids) AS id
    ), computed AS (
      SELECT
        i.id AS "interventionId",
        coalesce((SELECT array_agg(DISTINCT tg."preventionLevel" ORDER BY tg."preventionLevel")
                  FROM "TargetGroup" tg WHERE tg."interventionId" = i.id), '{}') AS "preventionLevels",
        coalesce((SELECT array_agg(DISTINCT x."A" ORDER BY x."A")
                  FROM "_RiskFactorToTargetGroup" x
                  WHERE x."B" = ANY (ARRAY(SELECT tg.id FROM "TargetGroup" tg WHERE tg."interventionId" = i.id))),
                 '{}') AS "riskFactorIds",
        coalesce((SELECT array_agg(DISTINCT e."outcomeDomainId" ORDER BY e."outcomeDomainId")
                  FROM "EffectSize" e
                  WHERE e."studyId" = ANY (ARRAY(SELECT s.id FROM "Study" s
                                                 WHERE s."interventionId" = i.id AND s.status = 'ACCEPTED'))),
                 '{}') AS "outcomeIds",
        coalesce((SELECT array_agg(x."A" ORDER BY x."A")
                  FROM "_DeliveryModeToIntervention" x WHERE x."B" = i.id), '{}') AS "deliveryModeIds",
        coalesce((SELECT range_agg(int4range(tg."ageMinMonths", tg."ageMaxMonths", '[]'))
                  FROM "TargetGroup" tg
                  WHERE tg."interventionId" = i.id
                    AND (tg."ageMinMonths" IS NULL OR tg."ageMaxMonths" IS NULL
                         OR tg."ageMinMonths" <= tg."ageMaxMonths")),
                 '{}'::int4multirange) AS "ageRanges",
        i."evidenceLevel",
        coalesce(r."isRecognised", false) AS "isRecognised",
        lower(unaccent(i."nameNl")) AS "sortName",
        i."lastReviewedOn",
        coalesce((SELECT array_agg(DISTINCT g ORDER BY g)
                  FROM "TargetGroup" tg, unnest(tg."adviceGroups") g WHERE tg."interventionId" = i.id),
                 '{}') AS "adviceGroups",
        -- Recognised as effective until the re-review date (five years after the decision when none is
        -- stored); without a decision date a recognition is never current.
        CASE WHEN r."isRecognised" THEN coalesce(r."expiresOn", (r."decidedOn" + interval '5 years')::date) END
          AS "recognisedUntil",
        intervention_search_document(i.id) AS "searchVector"
      FROM wanted JOIN "Intervention" i ON i.id = wanted.id
      LEFT JOIN "Recognition" r ON r."interventionId" = i.id
    ), previous AS (
      SELECT f.* FROM "InterventionFacet" f JOIN wanted ON wanted.id = f."interventionId"
    ), written AS (
      INSERT INTO "InterventionFacet" AS f (
        "interventionId", "preventionLevels", "riskFactorIds", "outcomeIds", "deliveryModeIds", "ageRanges",
        "evidenceLevel", "isRecognised", "sortName", "lastReviewedOn", "adviceGroups", "recognisedUntil",
        "searchVector"
      )
      SELECT * FROM computed
      ON CONFLICT ("interventionId") DO UPDATE SET
        "preventionLevels" = EXCLUDED."preventionLevels",
        "riskFactorIds" = EXCLUDED."riskFactorIds",
        "outcomeIds" = EXCLUDED."outcomeIds",
        "deliveryModeIds" = EXCLUDED."deliveryModeIds",
        "ageRanges" = EXCLUDED."ageRanges",
        "evidenceLevel" = EXCLUDED."evidenceLevel",
        "isRecognised" = EXCLUDED."isRecognised",
        "sortName" = EXCLUDED."sortName",
        "lastReviewedOn" = EXCLUDED."lastReviewedOn",
        "adviceGroups" = EXCLUDED."adviceGroups",
        "recognisedUntil" = EXCLUDED."recognisedUntil",
        "searchVector" = EXCLUDED."searchVector"
      WHERE (f."preventionLevels", f."riskFactorIds", f."outcomeIds", f."deliveryModeIds", f."ageRanges",
             f."evidenceLevel", f."isRecognised", f."sortName", f."lastReviewedOn", f."adviceGroups",
             f."recognisedUntil", f."searchVector")
        IS DISTINCT FROM
            (EXCLUDED."preventionLevels", EXCLUDED."riskFactorIds", EXCLUDED."outcomeIds", EXCLUDED."deliveryModeIds",
             EXCLUDED."ageRanges", EXCLUDED."evidenceLevel", EXCLUDED."isRecognised", EXCLUDED."sortName",
             EXCLUDED."lastReviewedOn", EXCLUDED."adviceGroups", EXCLUDED."recognisedUntil",
             EXCLUDED."searchVector")
      RETURNING 1
    ), pair AS (
      SELECT
        coalesce(o."interventionId", n."interventionId") AS id,
        o."interventionId" IS NOT NULL AS had,
        n."interventionId" IS NOT NULL AS has,
        o."ageRanges" IS NOT DISTINCT FROM n."ageRanges" AS same_ages,
        o."preventionLevels" AS o_levels, o."riskFactorIds" AS o_risks, o."outcomeIds" AS o_outcomes,
        o."deliveryModeIds" AS o_deliveries, o."ageRanges" AS o_ages, o."evidenceLevel" AS o_level,
        o."isRecognised" AS o_recognised, o."adviceGroups" AS o_advice,
        n."preventionLevels" AS n_levels, n."riskFactorIds" AS n_risks, n."outcomeIds" AS n_outcomes,
        n."deliveryModeIds" AS n_deliveries, n."ageRanges" AS n_ages, n."evidenceLevel" AS n_level,
        n."isRecognised" AS n_recognised, n."adviceGroups" AS n_advice
      FROM previous o FULL JOIN computed n ON n."interventionId" = o."interventionId"
      WHERE (o."preventionLevels", o."riskFactorIds", o."outcomeIds", o."deliveryModeIds", o."ageRanges",
             o."evidenceLevel", o."isRecognised", o."adviceGroups")
        IS DISTINCT FROM
            (n."preventionLevels", n."riskFactorIds", n."outcomeIds", n."deliveryModeIds", n."ageRanges",
             n."evidenceLevel", n."isRecognised", n."adviceGroups")
    ), before AS (
      SELECT m.kind, m.value, p.id
      FROM pair p,
        intervention_facet_memberships(p.o_levels, p.o_risks, p.o_outcomes, p.o_deliveries,
          CASE WHEN p.same_ages THEN NULL ELSE p.o_ages END, p.o_level, p.o_recognised, p.o_advice) m
      WHERE p.had
    ), after AS (
      SELECT m.kind, m.value, p.id
      FROM pair p,
        intervention_facet_memberships(p.n_levels, p.n_risks, p.n_outcomes, p.n_deliveries,
          CASE WHEN p.same_ages THEN NULL ELSE p.n_ages END, p.n_level, p.n_recognised, p.n_advice) m
      WHERE p.has
    ), changed AS (
      SELECT *, true AS is_set FROM (SELECT * FROM after EXCEPT SELECT * FROM before) added
      UNION ALL
      SELECT *, false AS is_set FROM (SELECT * FROM before EXCEPT SELECT * FROM after) removed
    )
    SELECT kind, value,
      array_agg(id) FILTER (WHERE is_set) AS set_ids,
      array_agg(id) FILTER (WHERE NOT is_set) AS clear_ids
    FROM changed
    GROUP BY kind, value
    ORDER BY kind, value
  LOOP
    PERFORM intervention_facet_apply(change.kind, change.value, change.set_ids, change.clear_ids, len);
  END LOOP;
END
$$ LANGUAGE plpgsql
SET jit = off;

CREATE OR REPLACE FUNCTION intervention_facet_on_delete() RETURNS trigger AS $$
DECLARE
  len integer;
  change record;
BEGIN
  PERFORM pg_advisory_xact_lock(7413902651);
  SELECT length(bits) INTO len FROM "InterventionFacetBitmap" WHERE kind = 'all' AND value = 0;
  IF len IS NULL THEN
    RETURN NULL;
  END IF;
  FOR change IN
    SELECT m.kind, m.value, array_agg(o."interventionId") AS ids
    FROM old_rows o,
      intervention_facet_memberships(o."preventionLevels", o."riskFactorIds", o."outcomeIds", o."deliveryModeIds",
        o."ageRanges", o."evidenceLevel", o."isRecognised", o."adviceGroups") m
    WHERE o."interventionId" < len
    GROUP BY m.kind, m.value
    ORDER BY m.kind, m.value
  LOOP
    PERFORM intervention_facet_apply(change.kind, change.value, NULL, change.ids, len);
  END LOOP;
  RETURN NULL;
END
$$ LANGUAGE plpgsql
SET jit = off;

-- Same matching rules as before (see 20261128180000_catalogue_facets), over the facet row's search document.
CREATE OR REPLACE FUNCTION intervention_text_matches(words text[], with_relevance boolean)
RETURNS TABLE ("interventionId" integer, relevance real) AS $$
  WITH word AS (
    SELECT * FROM (
      SELECT w.word, w.k,
        to_tsquery('simple', w.word || ':*') || to_tsquery('dutch', w.word || ':*') ||
          to_tsquery('english', w.word || ':*') AS query,
        numnode(to_tsquery('dutch', w.word)) = 0 OR numnode(to_tsquery('english', w.word)) = 0 AS is_stop
      FROM unnest(words) WITH ORDINALITY AS w(word, k)
      WHERE w.word <> ''
    ) parsed
    WHERE numnode(query) > 0
  ),
  required AS (
    SELECT DISTINCT ON (word) * FROM word
    WHERE NOT is_stop OR NOT EXISTS (SELECT 1 FROM word WHERE NOT is_stop)
  ),
  hit AS (
    SELECT m.id, r.k, m.score
    FROM required r
    CROSS JOIN LATERAL (
      SELECT f."interventionId" AS id,
        CASE WHEN with_relevance THEN ts_rank(f."searchVector", r.query) ELSE 0 END AS score
      FROM "InterventionFacet" f WHERE f."searchVector" @@ r.query
      UNION ALL
      SELECT i.id, greatest(word_similarity(r.word, i."nameNl"), word_similarity(r.word, i."nameEn"))
      FROM "Intervention" i
      WHERE (r.word <% i."nameNl" OR r.word <% i."nameEn")
        AND NOT EXISTS (SELECT 1 FROM "InterventionFacet" x WHERE x."searchVector" @@ r.query)
    ) m
  )
  SELECT id, sum(score)::real
  FROM hit GROUP BY id HAVING count(*) = (SELECT count(*) FROM required);
$$ LANGUAGE sql STABLE
SET pg_trgm.word_similarity_threshold = 0.5
SET jit = off;

-- Target groups' advice groups are part of the facet row.
-- Rows (including the new search documents) for interventions that exist before this migration.
SELECT intervention_facet_refresh(ARRAY(SELECT id FROM "Intervention"));
