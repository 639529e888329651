-- A DOI is compared without regard to capitals (curated DOIs keep the publisher's); the duplicate check on
-- every saved entry looks it up by lower(doi), which this index serves. The plain index served nothing.
DROP INDEX "Study_doi_idx";
CREATE INDEX "Study_doi_lower_idx" ON "Study" (lower("doi")) WHERE "doi" IS NOT NULL;
