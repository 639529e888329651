-- Extensions used by search: trigram similarity for typos, unaccent for diacritics.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OFFICER', 'RESEARCHER', 'ADMIN');

-- CreateEnum
CREATE TYPE "PreventionLevel" AS ENUM ('UNIVERSAL', 'SELECTIVE', 'INDICATED', 'CARE');

-- CreateEnum
CREATE TYPE "EvidenceLevel" AS ENUM ('NIET_BEOORDEELD', 'NIET_EFFECTIEF', 'GOED_BESCHREVEN', 'GOED_ONDERBOUWD', 'EERSTE_AANWIJZINGEN', 'GOEDE_AANWIJZINGEN', 'STERKE_AANWIJZINGEN');

-- CreateEnum
CREATE TYPE "Availability" AS ENUM ('AVAILABLE', 'LIMITED', 'NOT_AVAILABLE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "StudyDesign" AS ENUM ('RCT', 'QUASI_EXPERIMENTAL', 'PRE_POST', 'META_ANALYSIS', 'SYSTEMATIC_REVIEW', 'OTHER');

-- CreateEnum
CREATE TYPE "RiskOfBias" AS ENUM ('LOW', 'SOME_CONCERNS', 'HIGH', 'NOT_ASSESSED');

-- CreateEnum
CREATE TYPE "StudyStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "EffectMeasure" AS ENUM ('SMD', 'MD', 'OR', 'RR', 'RD', 'COR', 'GENERIC');

-- CreateEnum
CREATE TYPE "EffectInputForm" AS ENUM ('MEANS', 'T_STATISTIC', 'F_STATISTIC', 'COUNTS', 'ESTIMATE_CI', 'YI_VI', 'REPORTED');

-- CreateEnum
CREATE TYPE "RatingEventKind" AS ENUM ('LEVEL', 'RECOGNITION');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'OFFICER',
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskFactor" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "isAce" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RiskFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeDomain" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "higherIsBetter" BOOLEAN NOT NULL,

    CONSTRAINT "OutcomeDomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryMode" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "DeliveryMode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Intervention" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "summaryNl" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "descriptionNl" TEXT,
    "descriptionEn" TEXT,
    "aimsNl" TEXT,
    "aimsEn" TEXT,
    "providerNl" TEXT,
    "providerEn" TEXT,
    "intensityNl" TEXT,
    "intensityEn" TEXT,
    "sessionsMin" INTEGER,
    "sessionsMax" INTEGER,
    "durationWeeksMin" INTEGER,
    "durationWeeksMax" INTEGER,
    "costPerFamilyEur" DECIMAL(10,2),
    "costYear" INTEGER,
    "costNote" TEXT,
    "ownerOrganisation" TEXT,
    "availabilityNl" "Availability" NOT NULL DEFAULT 'UNKNOWN',
    "availabilityNote" TEXT,
    "website" TEXT,
    "evidenceLevel" "EvidenceLevel" NOT NULL DEFAULT 'NIET_BEOORDEELD',
    "lastReviewedOn" DATE,
    "sourceNote" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "searchVector" tsvector,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Intervention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetGroup" (
    "id" SERIAL NOT NULL,
    "interventionId" INTEGER NOT NULL,
    "preventionLevel" "PreventionLevel" NOT NULL,
    "ageMinMonths" INTEGER,
    "ageMaxMonths" INTEGER,
    "descriptionNl" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,

    CONSTRAINT "TargetGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recognition" (
    "interventionId" INTEGER NOT NULL,
    "isRecognised" BOOLEAN NOT NULL,
    "decidedOn" DATE,
    "expiresOn" DATE,
    "justification" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recognition_pkey" PRIMARY KEY ("interventionId")
);

-- CreateTable
CREATE TABLE "RatingEvent" (
    "id" SERIAL NOT NULL,
    "interventionId" INTEGER NOT NULL,
    "kind" "RatingEventKind" NOT NULL,
    "fromLevel" "EvidenceLevel",
    "toLevel" "EvidenceLevel",
    "fromRecognised" BOOLEAN,
    "toRecognised" BOOLEAN,
    "justification" TEXT NOT NULL,
    "decidedOn" TEXT,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "isVerified" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RatingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clearinghouse" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "website" TEXT NOT NULL,
    "scale" TEXT[],

    CONSTRAINT "Clearinghouse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalRating" (
    "id" SERIAL NOT NULL,
    "interventionId" INTEGER NOT NULL,
    "clearinghouseId" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "topic" TEXT,
    "ratedOn" TEXT,
    "reviewedOn" TEXT,
    "url" TEXT,
    "isVerified" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,

    CONSTRAINT "ExternalRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Study" (
    "id" SERIAL NOT NULL,
    "key" TEXT,
    "interventionId" INTEGER,
    "citation" TEXT NOT NULL,
    "doi" TEXT,
    "url" TEXT,
    "year" INTEGER,
    "design" "StudyDesign" NOT NULL,
    "country" TEXT,
    "sampleSize" INTEGER,
    "studiesCount" INTEGER,
    "followUpMonths" INTEGER,
    "riskOfBias" "RiskOfBias" NOT NULL DEFAULT 'NOT_ASSESSED',
    "summary" TEXT,
    "status" "StudyStatus" NOT NULL DEFAULT 'DRAFT',
    "submitterId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "reviewerId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewReason" TEXT,
    "isVerified" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Study_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EffectSize" (
    "id" SERIAL NOT NULL,
    "studyId" INTEGER NOT NULL,
    "outcomeDomainId" INTEGER NOT NULL,
    "measure" "EffectMeasure" NOT NULL,
    "inputForm" "EffectInputForm" NOT NULL,
    "inputs" JSONB NOT NULL,
    "yi" DOUBLE PRECISION,
    "vi" DOUBLE PRECISION,
    "reportedEstimate" DOUBLE PRECISION,
    "reportedCiLower" DOUBLE PRECISION,
    "reportedCiUpper" DOUBLE PRECISION,
    "reportedText" TEXT,
    "sampleSize" INTEGER,
    "higherIsBetter" BOOLEAN NOT NULL,
    "outcomeLabel" TEXT,
    "sourceUrl" TEXT,
    "isVerified" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EffectSize_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PooledEffect" (
    "interventionId" INTEGER NOT NULL,
    "outcomeDomainId" INTEGER NOT NULL,
    "measure" "EffectMeasure" NOT NULL,
    "method" TEXT NOT NULL,
    "k" INTEGER NOT NULL,
    "totalN" INTEGER,
    "estimate" DOUBLE PRECISION NOT NULL,
    "se" DOUBLE PRECISION NOT NULL,
    "ciLower" DOUBLE PRECISION NOT NULL,
    "ciUpper" DOUBLE PRECISION NOT NULL,
    "piLower" DOUBLE PRECISION,
    "piUpper" DOUBLE PRECISION,
    "tau2" DOUBLE PRECISION NOT NULL,
    "i2" DOUBLE PRECISION NOT NULL,
    "q" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PooledEffect_pkey" PRIMARY KEY ("interventionId","outcomeDomainId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_RiskFactorToTargetGroup" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_RiskFactorToTargetGroup_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DeliveryModeToIntervention" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_DeliveryModeToIntervention_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "RiskFactor_slug_key" ON "RiskFactor"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeDomain_slug_key" ON "OutcomeDomain"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryMode_slug_key" ON "DeliveryMode"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Intervention_slug_key" ON "Intervention"("slug");

-- CreateIndex
CREATE INDEX "Intervention_evidenceLevel_idx" ON "Intervention"("evidenceLevel");

-- CreateIndex
CREATE INDEX "Intervention_lastReviewedOn_idx" ON "Intervention"("lastReviewedOn");

-- CreateIndex
CREATE INDEX "Intervention_searchVector_idx" ON "Intervention" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Intervention_nameNl_trgm_idx" ON "Intervention" USING GIN ("nameNl" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Intervention_nameEn_trgm_idx" ON "Intervention" USING GIN ("nameEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "TargetGroup_interventionId_idx" ON "TargetGroup"("interventionId");

-- CreateIndex
CREATE INDEX "TargetGroup_preventionLevel_interventionId_idx" ON "TargetGroup"("preventionLevel", "interventionId");

-- CreateIndex
CREATE INDEX "TargetGroup_ageMinMonths_ageMaxMonths_idx" ON "TargetGroup"("ageMinMonths", "ageMaxMonths");

-- CreateIndex
CREATE INDEX "Recognition_isRecognised_expiresOn_idx" ON "Recognition"("isRecognised", "expiresOn");

-- CreateIndex
CREATE INDEX "RatingEvent_interventionId_createdAt_idx" ON "RatingEvent"("interventionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Clearinghouse_slug_key" ON "Clearinghouse"("slug");

-- CreateIndex
CREATE INDEX "ExternalRating_clearinghouseId_idx" ON "ExternalRating"("clearinghouseId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalRating_interventionId_clearinghouseId_level_topic_key" ON "ExternalRating"("interventionId", "clearinghouseId", "level", "topic");

-- CreateIndex
CREATE UNIQUE INDEX "Study_key_key" ON "Study"("key");

-- CreateIndex
CREATE INDEX "Study_interventionId_status_idx" ON "Study"("interventionId", "status");

-- CreateIndex
CREATE INDEX "Study_status_submittedAt_idx" ON "Study"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "EffectSize_studyId_idx" ON "EffectSize"("studyId");

-- CreateIndex
CREATE INDEX "EffectSize_outcomeDomainId_idx" ON "EffectSize"("outcomeDomainId");

-- CreateIndex
CREATE INDEX "PooledEffect_outcomeDomainId_estimate_idx" ON "PooledEffect"("outcomeDomainId", "estimate");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "_RiskFactorToTargetGroup_B_index" ON "_RiskFactorToTargetGroup"("B");

-- CreateIndex
CREATE INDEX "_DeliveryModeToIntervention_B_index" ON "_DeliveryModeToIntervention"("B");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetGroup" ADD CONSTRAINT "TargetGroup_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingEvent" ADD CONSTRAINT "RatingEvent_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingEvent" ADD CONSTRAINT "RatingEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalRating" ADD CONSTRAINT "ExternalRating_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalRating" ADD CONSTRAINT "ExternalRating_clearinghouseId_fkey" FOREIGN KEY ("clearinghouseId") REFERENCES "Clearinghouse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Study" ADD CONSTRAINT "Study_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Study" ADD CONSTRAINT "Study_submitterId_fkey" FOREIGN KEY ("submitterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Study" ADD CONSTRAINT "Study_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EffectSize" ADD CONSTRAINT "EffectSize_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EffectSize" ADD CONSTRAINT "EffectSize_outcomeDomainId_fkey" FOREIGN KEY ("outcomeDomainId") REFERENCES "OutcomeDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PooledEffect" ADD CONSTRAINT "PooledEffect_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PooledEffect" ADD CONSTRAINT "PooledEffect_outcomeDomainId_fkey" FOREIGN KEY ("outcomeDomainId") REFERENCES "OutcomeDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RiskFactorToTargetGroup" ADD CONSTRAINT "_RiskFactorToTargetGroup_A_fkey" FOREIGN KEY ("A") REFERENCES "RiskFactor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RiskFactorToTargetGroup" ADD CONSTRAINT "_RiskFactorToTargetGroup_B_fkey" FOREIGN KEY ("B") REFERENCES "TargetGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeliveryModeToIntervention" ADD CONSTRAINT "_DeliveryModeToIntervention_A_fkey" FOREIGN KEY ("A") REFERENCES "DeliveryMode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeliveryModeToIntervention" ADD CONSTRAINT "_DeliveryModeToIntervention_B_fkey" FOREIGN KEY ("B") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full-text search over the Dutch and English text of an intervention. Names are also indexed with the
-- 'simple' configuration so acronyms such as "VIPP-SD" or "PCIT" match as written.
CREATE FUNCTION intervention_search_vector() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('simple', unaccent(coalesce(NEW."nameNl", '') || ' ' || coalesce(NEW."nameEn", ''))), 'A') ||
    setweight(to_tsvector('dutch', unaccent(coalesce(NEW."nameNl", ''))), 'A') ||
    setweight(to_tsvector('english', unaccent(coalesce(NEW."nameEn", ''))), 'A') ||
    setweight(to_tsvector('dutch', unaccent(coalesce(NEW."summaryNl", '') || ' ' || coalesce(NEW."aimsNl", '') || ' ' || coalesce(NEW."providerNl", ''))), 'B') ||
    setweight(to_tsvector('english', unaccent(coalesce(NEW."summaryEn", '') || ' ' || coalesce(NEW."aimsEn", '') || ' ' || coalesce(NEW."providerEn", ''))), 'B') ||
    setweight(to_tsvector('dutch', unaccent(coalesce(NEW."descriptionNl", '') || ' ' || coalesce(NEW."intensityNl", ''))), 'C') ||
    setweight(to_tsvector('english', unaccent(coalesce(NEW."descriptionEn", '') || ' ' || coalesce(NEW."intensityEn", ''))), 'C') ||
    setweight(to_tsvector('simple', unaccent(coalesce(NEW."ownerOrganisation", ''))), 'D');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER intervention_search_vector
  BEFORE INSERT OR UPDATE ON "Intervention"
  FOR EACH ROW EXECUTE FUNCTION intervention_search_vector();

-- The rating history is public and append-only: corrections are new events, never edits.
CREATE FUNCTION rating_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'RatingEvent is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER rating_event_append_only
  BEFORE UPDATE OR DELETE ON "RatingEvent"
  FOR EACH ROW EXECUTE FUNCTION rating_event_append_only();
