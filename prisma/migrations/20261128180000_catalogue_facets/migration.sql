-- DropIndex
DROP INDEX "PooledEffect_outcomeDomainId_estimate_idx";

-- CreateTable
CREATE TABLE "InterventionFacet" (
    "interventionId" INTEGER NOT NULL,
    "preventionLevels" "PreventionLevel"[],
    "riskFactorIds" INTEGER[],
    "outcomeIds" INTEGER[],
    "deliveryModeIds" INTEGER[],
    "ageRanges" int4multirange NOT NULL,
    "evidenceLevel" "EvidenceLevel" NOT NULL,
    "isRecognised" BOOLEAN NOT NULL,
    "sortName" TEXT NOT NULL,
    "lastReviewedOn" DATE,

    CONSTRAINT "InterventionFacet_pkey" PRIMARY KEY ("interventionId")
);

-- CreateTable
CREATE TABLE "InterventionFacetBitmap" (
    "kind" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "bits" VARBIT NOT NULL,

    CONSTRAINT "InterventionFacetBitmap_pkey" PRIMARY KEY ("kind","value")
);

-- CreateIndex
CREATE INDEX "InterventionFacet_preventionLevels_idx" ON "InterventionFacet" USING GIN ("preventionLevels");

-- CreateIndex
CREATE INDEX "InterventionFacet_riskFactorIds_idx" ON "InterventionFacet" USING GIN ("riskFactorIds");

-- CreateIndex
CREATE INDEX "InterventionFacet_outcomeIds_idx" ON "InterventionFacet" USING GIN ("outcomeIds");

-- CreateIndex
CREATE INDEX "InterventionFacet_deliveryModeIds_idx" ON "InterventionFacet" USING GIN ("deliveryModeIds");

-- CreateIndex
CREATE INDEX "InterventionFacet_ageRanges_idx" ON "InterventionFacet" USING GIST ("ageRanges");

-- CreateIndex
CREATE INDEX "InterventionFacet_evidenceLevel_sortName_interventionId_idx" ON "InterventionFacet"("evidenceLevel" DESC, "sortName", "interventionId");

-- CreateIndex
CREATE INDEX "InterventionFacet_sortName_interventionId_idx" ON "InterventionFacet"("sortName", "interventionId");

-- CreateIndex
CREATE INDEX "PooledEffect_outcomeDomainId_estimate_interventionId_idx" ON "PooledEffect"("outcomeDomainId", "estimate", "interventionId");

-- AddForeignKey
ALTER TABLE "InterventionFacet" ADD CONSTRAINT "InterventionFacet_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------------------
-- Hand-written below this line (Prisma cannot express functions and triggers).
--
-- The catalogue (lib/intervention/sql.ts) answers a filtered, faceted search from two derived tables:
-- * "InterventionFacet": one narrow row of filter and sort keys per intervention. The page of results is
--   read from it with ordinary predicates (GIN/GiST indexes) or by walking a sort index.
-- * "InterventionFacetBitmap": per filter value, a bitmap of the interventions that have it (bit n =
--   intervention id n). Every facet count is bit_count(value bitmap & mask of the other filters): a few
--   kilobytes of bit operations instead of scanning and unnesting tens of thousands of rows per request.
-- Both are written only here, by triggers, inside the transaction that changes the source rows, so readers
-- always see them consistent with the data. Writers that change facets serialise on one transaction-scoped
-- advisory lock (the bitmaps are shared rows): catalogue writes are rare curator actions and bulk loads, and
-- the lock rules out deadlocks between them.
-- ---------------------------------------------------------------------------------------------------------

ALTER TABLE "InterventionFacet"
  ALTER COLUMN "preventionLevels" SET NOT NULL,
  ALTER COLUMN "riskFactorIds" SET NOT NULL,
  ALTER COLUMN "outcomeIds" SET NOT NULL,
  ALTER COLUMN "deliveryModeIds" SET NOT NULL;

-- A bitmap of the given length with the given bit positions set.
CREATE FUNCTION intervention_facet_bits(positions integer[], len integer) RETURNS varbit AS $$
DECLARE
  b varbit;
  position_ integer;
BEGIN
  IF cardinality(positions) <= 256 THEN
    b := repeat('0', len)::varbit;
    FOREACH position_ IN ARRAY positions LOOP
      b := set_bit(b, position_, 1);
    END LOOP;
    RETURN b;
  END IF;
  -- Many positions: assemble the hex text 64 bits at a time (set_bit copies the whole bitmap on every call;
  -- to_hex of a negative bigint is its two's complement, i.e. exactly the 64 bits).
  RETURN substring(('x' || (
    SELECT string_agg(lpad(to_hex(coalesce(x.word, 0)), 16, '0'), '' ORDER BY g)
    FROM generate_series(0, (len + 63) / 64 - 1) g
    LEFT JOIN (
      SELECT u.pos / 64 AS g, bit_or(1::bigint << (63 - u.pos % 64)) AS word FROM unnest(positions) u(pos) GROUP BY 1
    ) x USING (g)
  ))::varbit FROM 1 FOR len);
END
$$ LANGUAGE plpgsql IMMUTABLE;

-- The bitmaps (kind, value) that one facet row belongs to. Enum values are numbered by their position in
-- the enum (1-based), so a minimum evidence level is "rating value >= position".
CREATE FUNCTION intervention_facet_memberships(
  levels "PreventionLevel"[], risk_factor_ids integer[], outcome_ids integer[], delivery_mode_ids integer[],
  age_ranges int4multirange, evidence_level "EvidenceLevel", is_recognised boolean
) RETURNS TABLE (kind text, value integer) AS $$
  SELECT 'all', 0
  UNION ALL SELECT 'level', array_position(enum_range(NULL::"PreventionLevel"), l) FROM unnest(levels) l
  UNION ALL SELECT 'risk', r FROM unnest(risk_factor_ids) r
  UNION ALL SELECT 'outcome', o FROM unnest(outcome_ids) o
  UNION ALL SELECT 'delivery', d FROM unnest(delivery_mode_ids) d
  UNION ALL SELECT 'rating', array_position(enum_range(NULL::"EvidenceLevel"), evidence_level)
  UNION ALL SELECT 'recognised', 1 WHERE is_recognised
  -- Months -9 (start of pregnancy) to 216 (18 years), the range the ageMonths filter accepts.
  UNION ALL SELECT 'age', m
    FROM unnest(age_ranges) r,
         generate_series(greatest(coalesce(lower(r), -9), -9), least(coalesce(upper(r) - 1, 216), 216)) m
$$ LANGUAGE sql STABLE;

-- Sets (is_set) or clears the bits of the given ids in one bitmap, creating it when it is new.
CREATE FUNCTION intervention_facet_apply(kind_ text, value_ integer, set_ids integer[], clear_ids integer[], len integer)
RETURNS void AS $$
BEGIN
  INSERT INTO "InterventionFacetBitmap" (kind, value, bits)
  VALUES (kind_, value_, repeat('0', len)::varbit)
  ON CONFLICT (kind, value) DO NOTHING;
  IF set_ids IS NOT NULL THEN
    UPDATE "InterventionFacetBitmap" SET bits = bits | intervention_facet_bits(set_ids, len)
    WHERE kind = kind_ AND value = value_;
  END IF;
  IF clear_ids IS NOT NULL THEN
    UPDATE "InterventionFacetBitmap" SET bits = bits & ~intervention_facet_bits(clear_ids, len)
    WHERE kind = kind_ AND value = value_;
  END IF;
END
$$ LANGUAGE plpgsql;

-- Recomputes the facet rows of the given interventions from the source tables and applies the differences
-- to the bitmaps. Ids without an intervention are skipped (a deleted intervention's facet row goes with it
-- through the foreign key, and the delete trigger below clears its bits). Unchanged rows are not rewritten,
-- and unchanged age ranges (the most numerous memberships) are not compared.
CREATE FUNCTION intervention_facet_refresh(ids integer[]) RETURNS void AS $$
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

  -- All bitmaps share one length, a multiple of 8 beyond the largest id; they grow together, doubling.
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

  -- One statement: "previous" reads the facet rows as they were before "written" changes them.
  FOR change IN
    WITH wanted AS (
      -- A join rather than "id = ANY (ids)": bulk writes pass tens of thousands of ids.
      SELECT DISTINCT unnest(ids) AS id
    ), computed AS (
      SELECT
        i.id AS "interventionId",
        coalesce((SELECT array_agg(DISTINCT tg."preventionLevel" ORDER BY tg."preventionLevel")
                  FROM "TargetGroup" tg WHERE tg."interventionId" = i.id), '{}') AS "preventionLevels",
        -- "= ANY (ARRAY(…))" keeps the link tables on their indexes even when a bulk load has left the
        -- planner's statistics stale (a hash join would scan the whole link table once per intervention).
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
        -- An inverted range (min > max) is a data error; it is left out rather than failing the write.
        coalesce((SELECT range_agg(int4range(tg."ageMinMonths", tg."ageMaxMonths", '[]'))
                  FROM "TargetGroup" tg
                  WHERE tg."interventionId" = i.id
                    AND (tg."ageMinMonths" IS NULL OR tg."ageMaxMonths" IS NULL
                         OR tg."ageMinMonths" <= tg."ageMaxMonths")),
                 '{}'::int4multirange) AS "ageRanges",
        i."evidenceLevel",
        coalesce((SELECT r."isRecognised" FROM "Recognition" r WHERE r."interventionId" = i.id), false) AS "isRecognised",
        lower(unaccent(i."nameNl")) AS "sortName",
        i."lastReviewedOn"
      FROM wanted JOIN "Intervention" i ON i.id = wanted.id
    ), previous AS (
      SELECT f.* FROM "InterventionFacet" f JOIN wanted ON wanted.id = f."interventionId"
    ), written AS (
      INSERT INTO "InterventionFacet" AS f (
        "interventionId", "preventionLevels", "riskFactorIds", "outcomeIds", "deliveryModeIds", "ageRanges",
        "evidenceLevel", "isRecognised", "sortName", "lastReviewedOn"
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
        "lastReviewedOn" = EXCLUDED."lastReviewedOn"
      WHERE (f."preventionLevels", f."riskFactorIds", f."outcomeIds", f."deliveryModeIds", f."ageRanges",
             f."evidenceLevel", f."isRecognised", f."sortName", f."lastReviewedOn")
        IS DISTINCT FROM
            (EXCLUDED."preventionLevels", EXCLUDED."riskFactorIds", EXCLUDED."outcomeIds", EXCLUDED."deliveryModeIds",
             EXCLUDED."ageRanges", EXCLUDED."evidenceLevel", EXCLUDED."isRecognised", EXCLUDED."sortName",
             EXCLUDED."lastReviewedOn")
      RETURNING 1
    ), pair AS (
      SELECT
        coalesce(o."interventionId", n."interventionId") AS id,
        o."interventionId" IS NOT NULL AS had,
        n."interventionId" IS NOT NULL AS has,
        o."ageRanges" IS NOT DISTINCT FROM n."ageRanges" AS same_ages,
        o."preventionLevels" AS o_levels, o."riskFactorIds" AS o_risks, o."outcomeIds" AS o_outcomes,
        o."deliveryModeIds" AS o_deliveries, o."ageRanges" AS o_ages, o."evidenceLevel" AS o_level,
        o."isRecognised" AS o_recognised,
        n."preventionLevels" AS n_levels, n."riskFactorIds" AS n_risks, n."outcomeIds" AS n_outcomes,
        n."deliveryModeIds" AS n_deliveries, n."ageRanges" AS n_ages, n."evidenceLevel" AS n_level,
        n."isRecognised" AS n_recognised
      FROM previous o FULL JOIN computed n ON n."interventionId" = o."interventionId"
      WHERE (o."preventionLevels", o."riskFactorIds", o."outcomeIds", o."deliveryModeIds", o."ageRanges",
             o."evidenceLevel", o."isRecognised")
        IS DISTINCT FROM
            (n."preventionLevels", n."riskFactorIds", n."outcomeIds", n."deliveryModeIds", n."ageRanges",
             n."evidenceLevel", n."isRecognised")
    ), before AS (
      SELECT m.kind, m.value, p.id
      FROM pair p,
        intervention_facet_memberships(p.o_levels, p.o_risks, p.o_outcomes, p.o_deliveries,
          CASE WHEN p.same_ages THEN NULL ELSE p.o_ages END, p.o_level, p.o_recognised) m
      WHERE p.had
    ), after AS (
      SELECT m.kind, m.value, p.id
      FROM pair p,
        intervention_facet_memberships(p.n_levels, p.n_risks, p.n_outcomes, p.n_deliveries,
          CASE WHEN p.same_ages THEN NULL ELSE p.n_ages END, p.n_level, p.n_recognised) m
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
-- The planner's row guesses for the set-returning helpers are large; JIT-compiling this write path would
-- cost seconds and never pays off.
SET jit = off;

-- A facet row deleted with its intervention: clear its bits.
CREATE FUNCTION intervention_facet_on_delete() RETURNS trigger AS $$
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
        o."ageRanges", o."evidenceLevel", o."isRecognised") m
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

CREATE FUNCTION intervention_facet_on_truncate() RETURNS trigger AS $$
BEGIN
  DELETE FROM "InterventionFacetBitmap";
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER intervention_facet_bitmaps_delete AFTER DELETE ON "InterventionFacet"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_on_delete();
CREATE TRIGGER intervention_facet_bitmaps_truncate AFTER TRUNCATE ON "InterventionFacet"
  FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_on_truncate();

-- One trigger function per source table; it reads the transition tables of the event that fired it
-- (PostgreSQL allows transition tables only on single-event triggers, hence three triggers per table).
CREATE FUNCTION intervention_facet_from_intervention() RETURNS trigger AS $$
BEGIN
  PERFORM intervention_facet_refresh(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION intervention_facet_from_target_group() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM intervention_facet_refresh(ARRAY(SELECT DISTINCT "interventionId" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT "interventionId" FROM new_rows UNION SELECT "interventionId" FROM old_rows));
  ELSE
    PERFORM intervention_facet_refresh(ARRAY(SELECT DISTINCT "interventionId" FROM old_rows));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- Rows whose target group is already gone (deleted with it) are covered by the target group's trigger.
CREATE FUNCTION intervention_facet_from_risk_factor_link() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT tg."interventionId" FROM "TargetGroup" tg WHERE tg.id IN (SELECT "B" FROM new_rows)));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT tg."interventionId" FROM "TargetGroup" tg
      WHERE tg.id IN (SELECT "B" FROM new_rows UNION SELECT "B" FROM old_rows)));
  ELSE
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT tg."interventionId" FROM "TargetGroup" tg WHERE tg.id IN (SELECT "B" FROM old_rows)));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION intervention_facet_from_delivery_link() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM intervention_facet_refresh(ARRAY(SELECT DISTINCT "B" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM intervention_facet_refresh(ARRAY(SELECT "B" FROM new_rows UNION SELECT "B" FROM old_rows));
  ELSE
    PERFORM intervention_facet_refresh(ARRAY(SELECT DISTINCT "B" FROM old_rows));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- Study (status, intervention) and Recognition both carry "interventionId" directly.
CREATE FUNCTION intervention_facet_from_intervention_child() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT "interventionId" FROM new_rows WHERE "interventionId" IS NOT NULL));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT "interventionId" FROM new_rows WHERE "interventionId" IS NOT NULL
      UNION SELECT "interventionId" FROM old_rows WHERE "interventionId" IS NOT NULL));
  ELSE
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT "interventionId" FROM old_rows WHERE "interventionId" IS NOT NULL));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- Effect sizes whose study is already gone (deleted with it) are covered by the study's trigger.
CREATE FUNCTION intervention_facet_from_effect_size() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT s."interventionId" FROM "Study" s
      WHERE s.id IN (SELECT "studyId" FROM new_rows) AND s."interventionId" IS NOT NULL));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT s."interventionId" FROM "Study" s
      WHERE s.id IN (SELECT "studyId" FROM new_rows UNION SELECT "studyId" FROM old_rows)
        AND s."interventionId" IS NOT NULL));
  ELSE
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT s."interventionId" FROM "Study" s
      WHERE s.id IN (SELECT "studyId" FROM old_rows) AND s."interventionId" IS NOT NULL));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER intervention_facet_insert AFTER INSERT ON "Intervention"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_intervention();
CREATE TRIGGER intervention_facet_update AFTER UPDATE ON "Intervention"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_intervention();

CREATE TRIGGER intervention_facet_insert AFTER INSERT ON "TargetGroup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_target_group();
CREATE TRIGGER intervention_facet_update AFTER UPDATE ON "TargetGroup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_target_group();
CREATE TRIGGER intervention_facet_delete AFTER DELETE ON "TargetGroup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_target_group();

CREATE TRIGGER intervention_facet_insert AFTER INSERT ON "_RiskFactorToTargetGroup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_risk_factor_link();
CREATE TRIGGER intervention_facet_update AFTER UPDATE ON "_RiskFactorToTargetGroup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_risk_factor_link();
CREATE TRIGGER intervention_facet_delete AFTER DELETE ON "_RiskFactorToTargetGroup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_risk_factor_link();

CREATE TRIGGER intervention_facet_insert AFTER INSERT ON "_DeliveryModeToIntervention"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_delivery_link();
CREATE TRIGGER intervention_facet_update AFTER UPDATE ON "_DeliveryModeToIntervention"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_delivery_link();
CREATE TRIGGER intervention_facet_delete AFTER DELETE ON "_DeliveryModeToIntervention"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_delivery_link();

CREATE TRIGGER intervention_facet_insert AFTER INSERT ON "Study"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_intervention_child();
CREATE TRIGGER intervention_facet_update AFTER UPDATE ON "Study"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_intervention_child();
CREATE TRIGGER intervention_facet_delete AFTER DELETE ON "Study"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_intervention_child();

CREATE TRIGGER intervention_facet_insert AFTER INSERT ON "Recognition"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_intervention_child();
CREATE TRIGGER intervention_facet_update AFTER UPDATE ON "Recognition"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_intervention_child();
CREATE TRIGGER intervention_facet_delete AFTER DELETE ON "Recognition"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_intervention_child();

CREATE TRIGGER intervention_facet_insert AFTER INSERT ON "EffectSize"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_effect_size();
CREATE TRIGGER intervention_facet_update AFTER UPDATE ON "EffectSize"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_effect_size();
CREATE TRIGGER intervention_facet_delete AFTER DELETE ON "EffectSize"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_effect_size();

-- TRUNCATE of a source table: recompute every intervention (TRUNCATE has no transition tables).
CREATE FUNCTION intervention_facet_refresh_all() RETURNS trigger AS $$
BEGIN
  PERFORM intervention_facet_refresh(ARRAY(SELECT id FROM "Intervention"));
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER intervention_facet_truncate AFTER TRUNCATE ON "TargetGroup"
  FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_refresh_all();
CREATE TRIGGER intervention_facet_truncate AFTER TRUNCATE ON "_RiskFactorToTargetGroup"
  FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_refresh_all();
CREATE TRIGGER intervention_facet_truncate AFTER TRUNCATE ON "_DeliveryModeToIntervention"
  FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_refresh_all();
CREATE TRIGGER intervention_facet_truncate AFTER TRUNCATE ON "Study"
  FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_refresh_all();
CREATE TRIGGER intervention_facet_truncate AFTER TRUNCATE ON "EffectSize"
  FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_refresh_all();
CREATE TRIGGER intervention_facet_truncate AFTER TRUNCATE ON "Recognition"
  FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_refresh_all();

-- Rows and bitmaps for interventions that exist before this migration.
SELECT intervention_facet_refresh(ARRAY(SELECT id FROM "Intervention"));

-- Text search for the catalogue's q (lib/intervention/search-text.ts). Every word must match: as a prefix in
-- the Dutch, English or simple search vector, or, for a word that is nowhere a prefix (a typo), as a near
-- match of a word in the Dutch or English name (trigram word similarity >= 0.5: "trippel" finds Triple P,
-- "voorzrog" VoorZorg). The typo path runs only for such words, which keeps correctly spelled searches on the
-- full-text index alone. Words that are stop words in Dutch or English are not required (unless every word
-- is one). relevance = the sum over the words of ts_rank (prefix matches) or the trigram similarity (typo
-- matches); ts_rank is computed only when asked, as it costs more than matching. The threshold is a pg_trgm setting read by the index-backed <%
-- operator; the function's SET clause scopes it to this call, so no session state is involved. Callers pass
-- words of letters and digits only, which makes the "word:*" tsquery syntax always valid.
CREATE FUNCTION intervention_text_matches(words text[], with_relevance boolean)
RETURNS TABLE ("interventionId" integer, relevance real) AS $$
  WITH word AS (
    -- A word that yields no lexeme at all (e.g. only symbols the parser skips) is left out.
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
  -- One row per (intervention, word): the two branches never both run for a word.
  hit AS (
    SELECT m.id, r.k, m.score
    FROM required r
    CROSS JOIN LATERAL (
      SELECT i.id, CASE WHEN with_relevance THEN ts_rank(i."searchVector", r.query) ELSE 0 END AS score
      FROM "Intervention" i WHERE i."searchVector" @@ r.query
      UNION ALL
      SELECT i.id, greatest(word_similarity(r.word, i."nameNl"), word_similarity(r.word, i."nameEn"))
      FROM "Intervention" i
      WHERE (r.word <% i."nameNl" OR r.word <% i."nameEn")
        AND NOT EXISTS (SELECT 1 FROM "Intervention" x WHERE x."searchVector" @@ r.query)
    ) m
  )
  SELECT id, sum(score)::real
  FROM hit GROUP BY id HAVING count(*) = (SELECT count(*) FROM required);
$$ LANGUAGE sql STABLE
SET pg_trgm.word_similarity_threshold = 0.5
SET jit = off;
