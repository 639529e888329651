-- The write path never blocks the catalogue, and writers to different interventions never wait on each
-- other (see README "How the catalogue stays fast").
--
-- Before: every write that changed a facet rewrote the shared bitmap rows under one global advisory lock.
-- Now a write changes only its own intervention's facet row and marks the intervention pending
-- ("InterventionFacetPending", one row per intervention, no shared rows). The bitmaps are a snapshot that
-- a merge brings up to date in the background (intervention_facet_merge, run by the app every few seconds
-- and by the loaders after bulk writes). Readers are exact at every moment: the catalogue statement
-- replaces the pending interventions' bits in each bitmap with their memberships read from their current
-- facet rows (lib/intervention/sql.ts), so a pending set only costs readers a little time, never
-- correctness.
--
-- Also, only what a filter, sort or the search document uses refreshes a facet row: draft and submitted
-- studies, their effect sizes, and edits of other fields (cost, website, availability, …) do not.

CREATE TABLE "InterventionFacetPending" (
    "interventionId" INTEGER NOT NULL,
    "since" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InterventionFacetPending_pkey" PRIMARY KEY ("interventionId")
);

-- Recomputes the facet rows of the given interventions and marks them pending. Touches only those rows.
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
         p."evidenceLevel", p."isRecognised", p."adviceGroups")
        IS DISTINCT FROM
        (c."preventionLevels", c."riskFactorIds", c."outcomeIds", c."deliveryModeIds", c."ageRanges",
         c."evidenceLevel", c."isRecognised", c."adviceGroups")
  ORDER BY 1
  ON CONFLICT ("interventionId") DO NOTHING;
END
$$ LANGUAGE plpgsql
SET jit = off;

-- A deleted intervention's facet row goes with it (foreign key); its bits are cleared by the next merge.
CREATE OR REPLACE FUNCTION intervention_facet_on_delete() RETURNS trigger AS $$
BEGIN
  INSERT INTO "InterventionFacetPending" ("interventionId")
  SELECT DISTINCT o."interventionId" FROM old_rows o ORDER BY 1
  ON CONFLICT ("interventionId") DO NOTHING;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION intervention_facet_on_truncate() RETURNS trigger AS $$
BEGIN
  DELETE FROM "InterventionFacetBitmap";
  DELETE FROM "InterventionFacetPending";
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- The bitmap length for a set of ids: the current length, grown (doubling from 8192) to cover them.
CREATE FUNCTION intervention_facet_bitmap_length(current_length integer, max_id integer) RETURNS integer AS $$
DECLARE
  grown integer := greatest(coalesce(current_length, 0), 8192);
BEGIN
  WHILE grown <= coalesce(max_id, 0) LOOP
    grown := grown * 2;
  END LOOP;
  RETURN grown;
END
$$ LANGUAGE plpgsql IMMUTABLE;

-- Brings the bitmaps up to date with the pending interventions and empties the pending set. One merge at a
-- time (a transaction-scoped advisory lock; a second caller returns at once). Writers are not blocked: a
-- writer that marks an intervention pending again while it is being merged waits only for this short
-- transaction, and its change is merged next time. Returns the number of interventions merged.
CREATE FUNCTION intervention_facet_merge() RETURNS integer AS $$
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
        f."ageRanges", f."evidenceLevel", f."isRecognised", f."adviceGroups") m
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

-- Only what the facet row holds refreshes it. Intervention: the columns the facet row or the search
-- document read (an UPDATE that changes none of them, e.g. cost or website, does nothing here).
DROP TRIGGER intervention_facet_update ON "Intervention";
CREATE FUNCTION intervention_facet_from_intervention_update() RETURNS trigger AS $$
BEGIN
  PERFORM intervention_facet_refresh(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n."nameNl", n."nameEn", n."summaryNl", n."summaryEn", n."descriptionNl", n."descriptionEn",
           n."aimsNl", n."aimsEn", n."providerNl", n."providerEn", n."intensityNl", n."intensityEn",
           n."ownerOrganisation", n."evidenceLevel", n."lastReviewedOn")
      IS DISTINCT FROM
          (o."nameNl", o."nameEn", o."summaryNl", o."summaryEn", o."descriptionNl", o."descriptionEn",
           o."aimsNl", o."aimsEn", o."providerNl", o."providerEn", o."intensityNl", o."intensityEn",
           o."ownerOrganisation", o."evidenceLevel", o."lastReviewedOn")));
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER intervention_facet_update AFTER UPDATE ON "Intervention"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_intervention_update();

-- Study: only accepted studies (before or after the change) feed the facets.
DROP TRIGGER intervention_facet_insert ON "Study";
DROP TRIGGER intervention_facet_update ON "Study";
DROP TRIGGER intervention_facet_delete ON "Study";
CREATE FUNCTION intervention_facet_from_study() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT "interventionId" FROM new_rows WHERE "interventionId" IS NOT NULL AND status = 'ACCEPTED'));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT n."interventionId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n."interventionId" IS NOT NULL AND (n.status = 'ACCEPTED' OR o.status = 'ACCEPTED')
        AND (n.status, n."interventionId") IS DISTINCT FROM (o.status, o."interventionId")
      UNION
      SELECT o."interventionId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o."interventionId" IS NOT NULL AND o.status = 'ACCEPTED'
        AND (n.status, n."interventionId") IS DISTINCT FROM (o.status, o."interventionId")));
  ELSE
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT "interventionId" FROM old_rows WHERE "interventionId" IS NOT NULL AND status = 'ACCEPTED'));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER intervention_facet_insert AFTER INSERT ON "Study"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_study();
CREATE TRIGGER intervention_facet_update AFTER UPDATE ON "Study"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_study();
CREATE TRIGGER intervention_facet_delete AFTER DELETE ON "Study"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_study();

-- Effect sizes count only for accepted studies.
CREATE OR REPLACE FUNCTION intervention_facet_from_effect_size() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT s."interventionId" FROM "Study" s
      WHERE s.id IN (SELECT "studyId" FROM new_rows) AND s."interventionId" IS NOT NULL AND s.status = 'ACCEPTED'));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT s."interventionId" FROM "Study" s
      WHERE s.id IN (SELECT "studyId" FROM new_rows UNION SELECT "studyId" FROM old_rows)
        AND s."interventionId" IS NOT NULL AND s.status = 'ACCEPTED'));
  ELSE
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT s."interventionId" FROM "Study" s
      WHERE s.id IN (SELECT "studyId" FROM old_rows) AND s."interventionId" IS NOT NULL AND s.status = 'ACCEPTED'));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- Existing databases: nothing is pending; bitmaps were exact when this migration ran.
