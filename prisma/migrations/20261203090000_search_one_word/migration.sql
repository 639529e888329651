-- A search for one word that has an initial (the common case, and the costly one when the word is common)
-- reads its matches and their relevance straight from the search rows, in one statement. The general
-- function below (renamed, unchanged) handles the rest: several words, a word whose query needs the whole
-- document, and the typo matches of a word that is nowhere a prefix. Being plpgsql, the wrapper keeps
-- its plan between calls; the SQL function is planned at every call and passes each hit through three
-- materialized steps, which for 33,000 hits cost about as much as matching and ranking them.
-- Same rows, same relevance: for one word the general function's only required word is that word
-- (stop word or not), and its prefix step is exactly this statement.

ALTER FUNCTION intervention_text_matches(text[], boolean) RENAME TO intervention_text_matches_general;

CREATE FUNCTION intervention_text_matches(words text[], with_relevance boolean)
RETURNS TABLE ("interventionId" integer, relevance real) AS $$
DECLARE
  query_ tsquery;
BEGIN
  IF cardinality(words) = 1 AND words[1] <> '' THEN
    query_ := to_tsquery('simple', words[1] || ':*') || to_tsquery('dutch', words[1] || ':*') ||
      to_tsquery('english', words[1] || ':*');
    IF numnode(query_) > 0 AND intervention_search_initial(query_) IS NOT NULL THEN
      RETURN QUERY
        SELECT s."interventionId", (CASE WHEN with_relevance THEN ts_rank(s."vector", query_) ELSE 0 END)::real
        FROM "InterventionSearch" s
        WHERE s."vector" @@ query_;
      IF FOUND THEN
        RETURN;
      END IF;
    END IF;
  END IF;
  RETURN QUERY SELECT g."interventionId", g.relevance FROM intervention_text_matches_general(words, with_relevance) g;
END
$$ LANGUAGE plpgsql STABLE
SET jit = off;
