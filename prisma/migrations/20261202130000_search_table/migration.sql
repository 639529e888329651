-- Search over a narrow, inline table. The search document (InterventionFacet."searchVector", ~2.5 kB at
-- scale) is stored out of line (TOAST), so matching and ranking many hits fetched and read every document
-- whole. Here each document is split by the first character of its lexemes into short rows stored inline.
-- A search word's query ('word':* in the simple, Dutch and English forms) only matches lexemes that start
-- with the word's first character, all in one row: matching and ts_rank read that row alone and give
-- exactly what they give over the whole document (ts_rank of OR-ed terms sums over the matching entries).
-- Words whose query is anything else (several lexemes with different initials, or an AND of lexemes)
-- keep using the whole document.

-- CreateTable
CREATE TABLE "InterventionSearch" (
    "interventionId" INTEGER NOT NULL,
    "initial" TEXT NOT NULL,
    "vector" tsvector NOT NULL,

    CONSTRAINT "InterventionSearch_pkey" PRIMARY KEY ("interventionId","initial")
);


-- AddForeignKey
ALTER TABLE "InterventionSearch" ADD CONSTRAINT "InterventionSearch_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "InterventionFacet"("interventionId") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------------------
-- Hand-written below this line.
-- ---------------------------------------------------------------------------------------------------------

-- Kept in the row (compressed if that helps, out of line only as a last resort for a very long part).
ALTER TABLE "InterventionSearch" ALTER COLUMN "vector" SET STORAGE MAIN;

-- A document split by the first character of its lexemes. A tsvector keeps its lexemes in byte order, so
-- the lexemes of one initial are a run of tsvector_to_array(); each part is the document without the
-- lexemes before and after that run (ts_delete keeps every other entry as it is, positions and weights).
-- The document is read (detoasted) once, not once per part.
CREATE FUNCTION intervention_search_parts(document tsvector) RETURNS TABLE (initial text, vector tsvector) AS $$
  SELECT r.initial, ts_delete(l.document, l.lexemes[:r.first - 1] || l.lexemes[r.last + 1:])
  FROM (
    SELECT d.document, tsvector_to_array(d.document) AS lexemes
    FROM (SELECT document || ''::tsvector AS document OFFSET 0) d
  ) l
  CROSS JOIN LATERAL (
    SELECT left(u.lexeme, 1) AS initial, min(u.n)::integer AS first, max(u.n)::integer AS last
    FROM unnest(l.lexemes) WITH ORDINALITY AS u(lexeme, n)
    GROUP BY 1
  ) r
$$ LANGUAGE sql IMMUTABLE;

-- The initial whose row holds every lexeme a query can match: set only for an OR of lexemes (no AND, NOT or
-- phrase) that all start with the same character; NULL means the whole document is needed.
CREATE FUNCTION intervention_search_initial(query tsquery) RETURNS text AS $$
  SELECT CASE WHEN bool_and(q.text !~ '[&!<]') AND count(DISTINCT left(m.lexeme[1], 1)) = 1
              THEN min(left(m.lexeme[1], 1)) END
  FROM (SELECT query::text AS text) q
  CROSS JOIN LATERAL regexp_matches(q.text, '''((?:[^'']|'''')*)''', 'g') AS m(lexeme)
$$ LANGUAGE sql IMMUTABLE;

-- Brings the search rows of the given interventions in line with their facet rows' documents. Rows are
-- written in initial order, so the rows of one initial share pages and a search reads few pages.
CREATE FUNCTION intervention_search_refresh(ids integer[]) RETURNS void AS $$
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  WITH computed AS (
    SELECT f."interventionId", p.initial, p.vector
    FROM "InterventionFacet" f
    CROSS JOIN LATERAL intervention_search_parts(f."searchVector") p
    WHERE f."interventionId" = ANY (ids)
  ), removed AS (
    DELETE FROM "InterventionSearch" s
    WHERE s."interventionId" = ANY (ids)
      AND NOT EXISTS (
        SELECT 1 FROM computed c WHERE c."interventionId" = s."interventionId" AND c.initial = s.initial
      )
  )
  INSERT INTO "InterventionSearch" AS s ("interventionId", "initial", "vector")
  SELECT c."interventionId", c.initial, c.vector FROM computed c
  ORDER BY c.initial, c."interventionId"
  ON CONFLICT ("interventionId", "initial") DO UPDATE SET "vector" = EXCLUDED."vector"
  WHERE s."vector" IS DISTINCT FROM EXCLUDED."vector";
END
$$ LANGUAGE plpgsql
SET jit = off;

-- The facet row is the one place the document is computed (intervention_facet_refresh, called by every
-- write path's triggers, the seed and the scale loader); its rows' changes carry over here in the same
-- statement. A deleted facet row takes its search rows with it (foreign key).
CREATE FUNCTION intervention_search_from_facet() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM intervention_search_refresh(ARRAY(SELECT "interventionId" FROM new_rows));
  ELSE
    PERFORM intervention_search_refresh(ARRAY(
      SELECT n."interventionId" FROM new_rows n JOIN old_rows o ON o."interventionId" = n."interventionId"
      WHERE n."searchVector" IS DISTINCT FROM o."searchVector"));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER intervention_search_insert AFTER INSERT ON "InterventionFacet"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_search_from_facet();
CREATE TRIGGER intervention_search_update AFTER UPDATE ON "InterventionFacet"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_search_from_facet();

-- The search document holds the names of an intervention's delivery modes, risk factors and outcome domains:
-- renaming one refreshes the facet rows (and so the search rows) of the interventions that carry it.
CREATE FUNCTION intervention_facet_from_label() RETURNS trigger AS $$
DECLARE
  renamed integer[];
BEGIN
  SELECT array_agg(n.id) INTO renamed
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE (n."nameNl", n."nameEn") IS DISTINCT FROM (o."nameNl", o."nameEn");
  IF renamed IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'DeliveryMode' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT x."B" FROM "_DeliveryModeToIntervention" x WHERE x."A" = ANY (renamed)));
  ELSIF TG_TABLE_NAME = 'RiskFactor' THEN
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT tg."interventionId"
      FROM "_RiskFactorToTargetGroup" x JOIN "TargetGroup" tg ON tg.id = x."B"
      WHERE x."A" = ANY (renamed)));
  ELSE
    PERFORM intervention_facet_refresh(ARRAY(
      SELECT DISTINCT s."interventionId"
      FROM "EffectSize" e JOIN "Study" s ON s.id = e."studyId"
      WHERE e."outcomeDomainId" = ANY (renamed) AND s.status = 'ACCEPTED' AND s."interventionId" IS NOT NULL));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER intervention_facet_label_update AFTER UPDATE ON "DeliveryMode"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_label();
CREATE TRIGGER intervention_facet_label_update AFTER UPDATE ON "RiskFactor"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_label();
CREATE TRIGGER intervention_facet_label_update AFTER UPDATE ON "OutcomeDomain"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intervention_facet_from_label();

-- pg_trgm's settings are known to the server once the extension's library is loaded in this session; until
-- then SET pg_trgm.… below would be refused to a role that is not a superuser.
SELECT word_similarity('', '');

-- Same matching rules and relevance as before (migrations 20261128180000_catalogue_facets and
-- 20261201150000_evidence_truth); a word with an initial is matched and ranked on its search rows.
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
    SELECT DISTINCT ON (word) *, intervention_search_initial(query) AS initial FROM word
    WHERE NOT is_stop OR NOT EXISTS (SELECT 1 FROM word WHERE NOT is_stop)
  ),
  -- Prefix matches: one row per (intervention, word), from the search rows of the word's initial (the only
  -- row of an intervention that can match) or else from the whole document.
  prefix AS MATERIALIZED (
    SELECT m.id, r.k, m.score
    FROM required r
    CROSS JOIN LATERAL (
      SELECT s."interventionId" AS id,
        CASE WHEN with_relevance THEN ts_rank(s."vector", r.query) ELSE 0 END AS score
      FROM "InterventionSearch" s
      WHERE r.initial IS NOT NULL AND s."vector" @@ r.query
      UNION ALL
      SELECT f."interventionId", CASE WHEN with_relevance THEN ts_rank(f."searchVector", r.query) ELSE 0 END
      FROM "InterventionFacet" f
      WHERE r.initial IS NULL AND f."searchVector" @@ r.query
    ) m
  ),
  -- Typo matches, only for a word that is nowhere a prefix.
  hit AS (
    SELECT id, k, score FROM prefix
    UNION ALL
    SELECT m.id, r.k, m.score
    FROM required r
    CROSS JOIN LATERAL (
      SELECT i.id, greatest(word_similarity(r.word, i."nameNl"), word_similarity(r.word, i."nameEn")) AS score
      FROM "Intervention" i
      WHERE r.word <% i."nameNl" OR r.word <% i."nameEn"
    ) m
    WHERE NOT EXISTS (SELECT 1 FROM prefix p WHERE p.k = r.k)
  )
  -- One word: one row per intervention already (no grouping of tens of thousands of hits).
  SELECT id, score::real FROM hit WHERE (SELECT count(*) FROM required) = 1
  UNION ALL
  SELECT id, sum(score)::real
  FROM hit WHERE (SELECT count(*) FROM required) > 1
  GROUP BY id HAVING count(*) = (SELECT count(*) FROM required);
$$ LANGUAGE sql STABLE
SET pg_trgm.word_similarity_threshold = 0.5
SET jit = off;

-- Rows for the interventions that exist before this migration, in initial order.
INSERT INTO "InterventionSearch" ("interventionId", "initial", "vector")
SELECT f."interventionId", p.initial, p.vector
FROM "InterventionFacet" f CROSS JOIN LATERAL intervention_search_parts(f."searchVector") p
ORDER BY p.initial, f."interventionId";
-- The index is built after the rows (one sort instead of a million index insertions).
CREATE INDEX "InterventionSearch_vector_idx" ON "InterventionSearch" USING GIN ("vector");
ANALYZE "InterventionSearch";
