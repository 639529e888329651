-- recognised=current as a bitmap intersection like every other facet. An intervention recognised as
-- effective belongs to bitmap ('until', month of its re-review date), counted as year * 12 + month - 1. A
-- request ORs the bitmaps of the months after today's and adds, from the facet rows, the few whose re-review
-- date falls later in today's month (lib/intervention/sql.ts). Before, the whole set was built per request
-- from the re-review dates (about 8 ms at 50,000 interventions).

CREATE FUNCTION intervention_facet_month(d date) RETURNS integer AS $$
  SELECT (extract(year FROM d) * 12 + extract(month FROM d) - 1)::integer
$$ LANGUAGE sql IMMUTABLE;

DROP FUNCTION intervention_facet_memberships("PreventionLevel"[], integer[], integer[], integer[], int4multirange, "EvidenceLevel", boolean, "AdviceGroup"[]);
CREATE FUNCTION intervention_facet_memberships(
  levels "PreventionLevel"[], risk_factor_ids integer[], outcome_ids integer[], delivery_mode_ids integer[],
  age_ranges int4multirange, evidence_level "EvidenceLevel", is_recognised boolean, advice_groups "AdviceGroup"[],
  recognised_until date
) RETURNS TABLE (kind text, value integer) AS $$
  SELECT 'all', 0
  UNION ALL SELECT 'level', array_position(enum_range(NULL::"PreventionLevel"), l) FROM unnest(levels) l
  UNION ALL SELECT 'risk', r FROM unnest(risk_factor_ids) r
  UNION ALL SELECT 'outcome', o FROM unnest(outcome_ids) o
  UNION ALL SELECT 'delivery', d FROM unnest(delivery_mode_ids) d
  UNION ALL SELECT 'rating', array_position(enum_range(NULL::"EvidenceLevel"), evidence_level)
  UNION ALL SELECT 'recognised', 1 WHERE is_recognised
  UNION ALL SELECT 'advice', array_position(enum_range(NULL::"AdviceGroup"), a) FROM unnest(advice_groups) a
  UNION ALL SELECT 'until', intervention_facet_month(recognised_until) WHERE recognised_until IS NOT NULL
  -- Months -9 (start of pregnancy) to 216 (18 years), the range the age filters accept.
  UNION ALL SELECT 'age', m
    FROM unnest(age_ranges) r,
         generate_series(greatest(coalesce(lower(r), -9), -9), least(coalesce(upper(r) - 1, 216), 216)) m
$$ LANGUAGE sql STABLE;

-- A pending intervention also when only its re-review date moved.
CREATE OR REPLACE FUNCTION intervention_facet_refresh(ids integer[]) RETURNS void AS $$
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
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
  )
  -- Pending only when what the bitmaps hold changed (the search document and the sort keys are read from
  -- the facet row itself). "previous" is the snapshot before "written" (one statement).
  INSERT INTO "InterventionFacetPending" ("interventionId")
  SELECT c."interventionId"
  FROM computed c LEFT JOIN previous p ON p."interventionId" = c."interventionId"
  WHERE p."interventionId" IS NULL
     OR (p."preventionLevels", p."riskFactorIds", p."outcomeIds", p."deliveryModeIds", p."ageRanges",
         p."evidenceLevel", p."isRecognised", p."adviceGroups", p."recognisedUntil")
        IS DISTINCT FROM
        (c."preventionLevels", c."riskFactorIds", c."outcomeIds", c."deliveryModeIds", c."ageRanges",
         c."evidenceLevel", c."isRecognised", c."adviceGroups", c."recognisedUntil")
  ORDER BY 1
  ON CONFLICT ("interventionId") DO NOTHING;
END
$$ LANGUAGE plpgsql
SET jit = off;

CREATE OR REPLACE FUNCTION intervention_facet_merge() RETURNS integer AS $$
DECLARE
  len integer;
  merged integer[];
  dirty varbit;
BEGIN
  IF NOT pg_try_advisory_xact_lock(7413902651) THEN
    RETURN 0;
  END IF;
  WITH taken AS (
    DELETE FROM "InterventionFacetPending" RETURNING "interventionId"
  )
  SELECT array_agg("interventionId" ORDER BY "interventionId") INTO merged FROM taken;
  IF merged IS NULL THEN
    RETURN 0;
  END IF;

  SELECT length(bits) INTO len FROM "InterventionFacetBitmap" WHERE kind = 'all' AND value = 0;
  IF len IS NULL OR len <= merged[cardinality(merged)] THEN
    len := intervention_facet_bitmap_length(len, merged[cardinality(merged)]);
    UPDATE "InterventionFacetBitmap" SET bits = bits || repeat('0', len - length(bits))::varbit
    WHERE length(bits) < len;
    INSERT INTO "InterventionFacetBitmap" (kind, value, bits)
    VALUES ('all', 0, repeat('0', len)::varbit)
    ON CONFLICT (kind, value) DO NOTHING;
  END IF;
  dirty := intervention_facet_bits(merged, len);

  -- Every bitmap loses the merged interventions' bits and gets back those they have now; a value that had
  -- no bitmap gets one. (The UPDATE does not see the rows the INSERT adds: one statement, one snapshot.)
  WITH fresh AS (
    SELECT m.kind, m.value, intervention_facet_bits(array_agg(f."interventionId"), len) AS bits
    FROM "InterventionFacet" f,
      intervention_facet_memberships(f."preventionLevels", f."riskFactorIds", f."outcomeIds", f."deliveryModeIds",
        f."ageRanges", f."evidenceLevel", f."isRecognised", f."adviceGroups", f."recognisedUntil") m
    WHERE f."interventionId" = ANY (merged)
    GROUP BY m.kind, m.value
  ), created AS (
    INSERT INTO "InterventionFacetBitmap" (kind, value, bits)
    SELECT fresh.kind, fresh.value, fresh.bits FROM fresh
    ON CONFLICT (kind, value) DO NOTHING
  )
  UPDATE "InterventionFacetBitmap" b
  SET bits = (b.bits & ~dirty) | coalesce(fresh.bits, repeat('0', len)::varbit)
  FROM "InterventionFacetBitmap" self
  LEFT JOIN fresh ON fresh.kind = self.kind AND fresh.value = self.value
  WHERE self.kind = b.kind AND self.value = b.value
    AND (fresh.bits IS NOT NULL OR bit_count(b.bits & dirty) > 0);
  RETURN cardinality(merged);
END
$$ LANGUAGE plpgsql
SET jit = off;

-- Build the 'until' bitmaps: the recognised interventions go through one merge.
INSERT INTO "InterventionFacetPending" ("interventionId")
SELECT "interventionId" FROM "InterventionFacet" WHERE "recognisedUntil" IS NOT NULL ORDER BY 1
ON CONFLICT ("interventionId") DO NOTHING;
SELECT intervention_facet_merge();
