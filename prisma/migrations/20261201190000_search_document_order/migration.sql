-- The related names in an intervention's search document are joined in a fixed order, so recomputing an
-- unchanged document gives the same document (no rewrite of an unchanged facet row, stable relevance).
CREATE OR REPLACE FUNCTION intervention_search_document(intervention_id integer) RETURNS tsvector AS $$
  WITH i AS (SELECT * FROM "Intervention" WHERE id = intervention_id),
  related AS (
    SELECT
      coalesce(string_agg(t.nl, ' ' ORDER BY t.nl, t.en), '') AS nl,
      coalesce(string_agg(t.en, ' ' ORDER BY t.nl, t.en), '') AS en
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

-- Existing documents in the fixed order (only the facet rows whose document changes are rewritten).
SELECT intervention_facet_refresh(ARRAY(SELECT id FROM "Intervention"));
